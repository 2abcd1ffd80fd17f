import { ApiProblemException } from '@/lib/api';
import { Button } from './button';

/** A failed load, said plainly with the API's problem and trace id, and a retry. */
export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const p = error instanceof ApiProblemException ? error : undefined;
  const forbidden = p?.status === 403;
  return (
    <div role="alert" className="rounded-lg border border-destructive p-4 text-sm">
      <p className="font-medium text-destructive">
        {forbidden ? 'Your role cannot see this.' : 'This could not be loaded.'}
      </p>
      <p className="mt-1 text-muted-foreground">{error instanceof Error ? error.message : String(error)}</p>
      {p?.problem?.traceId && <p className="mt-1 text-xs text-muted-foreground">Trace id {p.problem.traceId}</p>}
      {retry && !forbidden && (
        <Button variant="outline" size="sm" className="mt-3" onClick={retry}>
          Try again
        </Button>
      )}
    </div>
  );
}
