import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { toast } from '@/components/ui/toaster';
import { explainMarketingProblem, useCreateSubmissionDraft, type SubmissionDraftMode } from '@/features/marketing/api/marketing';
import { useHasRole } from '@/lib/auth/auth-context';
import type { Submission } from '../api/submissions';

/** Who may draft (and later approve) the submission mail: the roles that approve outreach. */
const DRAFTERS = ['Owner', 'Admin', 'Recruiter'] as const;

/**
 * "Draft mail to vendor" on a submission: creates the SUBMISSION draft (the consultant's summary, the
 * rate, the requirement, the signed RTR attached) and opens it in Marketing → Drafts, where a person
 * reads and approves it. Nothing is sent from here.
 */
export function VendorMailAction({ submission }: { submission: Submission }) {
  const allowed = useHasRole(...DRAFTERS);
  const create = useCreateSubmissionDraft();
  const navigate = useNavigate();
  const [mode, setMode] = useState<SubmissionDraftMode>('TEMPLATE');
  const [error, setError] = useState<string>();
  if (!allowed) return null;
  const modeId = `vendor-mail-mode-${submission.id}`;
  return (
    <section aria-labelledby={`vendor-mail-${submission.id}`} className="space-y-2">
      <h3 id={`vendor-mail-${submission.id}`} className="text-xs font-semibold uppercase text-muted-foreground">Mail to the vendor</h3>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid gap-1">
          <Label htmlFor={modeId}>Written by</Label>
          <Select id={modeId} value={mode} onChange={(e) => setMode(e.target.value as SubmissionDraftMode)}>
            <option value="TEMPLATE">Template</option>
            <option value="AI">AI (Bedrock)</option>
          </Select>
        </div>
        <Button
          size="sm"
          disabled={create.isPending}
          onClick={() => {
            setError(undefined);
            create.mutate(
              { submissionId: submission.id, mode },
              {
                onSuccess: (d) => {
                  toast.success(d.generatorNote ? `Draft created from the template: ${d.generatorNote}` : 'Draft created: read it and approve it to send');
                  void navigate(`/marketing?tab=drafts&draft=${d.id}`);
                },
                onError: (err) => setError(explainMarketingProblem(err)),
              },
            );
          }}
        >
          Draft mail to vendor
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </section>
  );
}
