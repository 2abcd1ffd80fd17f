import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException } from '@/lib/api';
import { useSubmitRecommendation } from '../api/submissions';

/**
 * "Submit" on a ranked consultant: a DRAFT submission from the recommendation
 * (`POST /v1/recommendations/{id}/submission`), then moved on the Pipeline screen. A consultant
 * already submitted to the requirement is said so (409), with the way to the pipeline.
 */
export function SubmitFromRecommendation({ recommendationId, consultantName }: { recommendationId: string; consultantName: string }) {
  const submit = useSubmitRecommendation();
  const [done, setDone] = useState<'created' | 'exists'>();
  const [error, setError] = useState<string>();
  if (done) {
    return (
      <span className="text-xs" role="status">
        {done === 'created' ? 'Draft submission created.' : 'Already submitted to this requirement.'}{' '}
        <Link className="underline" to="/pipeline">Open the pipeline</Link>
      </span>
    );
  }
  return (
    <>
      <Button
        size="sm"
        aria-label={`Submit ${consultantName}`}
        disabled={submit.isPending}
        onClick={() =>
          submit.mutate(recommendationId, {
            onSuccess: () => {
              setDone('created');
              toast.success(`${consultantName}: a draft submission is on the pipeline`);
            },
            onError: (e) => {
              if (e instanceof ApiProblemException && e.status === 409 && e.slug === 'duplicate-submission') setDone('exists');
              else setError(e instanceof ApiProblemException ? (e.problem?.detail ?? e.message) : String(e));
            },
          })
        }
      >
        Submit
      </Button>
      {error && <span role="alert" className="text-xs text-destructive">{error}</span>}
    </>
  );
}
