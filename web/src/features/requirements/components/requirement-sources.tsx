import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { when } from '@/lib/utils';
import { useRequirementSources, type RequirementSource } from '../api/get-sources';

/** The chain as the mail named it: vendor → implementation partner → prime vendor → end client. */
export function chainOf(s: RequirementSource): string[] {
  return [s.vendorCompany, s.implementationPartner, s.primeVendor, s.endClient].filter((x): x is string => !!x);
}

function rate(s: RequirementSource): string | undefined {
  const r = s.rateOffered;
  return r ? `${r.amount} ${r.currency}/${r.unit.toLowerCase()}${r.employmentType ? ` ${r.employmentType}` : ''}` : undefined;
}

/** Every vendor that sent the requirement: who, the chain to the end client, the rate each offered, when. */
export function RequirementSources({ requirementId }: { requirementId: string }) {
  const sources = useRequirementSources(requirementId);
  return (
    <section aria-labelledby="sources-h" className="space-y-2">
      <h2 id="sources-h" className="font-semibold">
        Sources{sources.data && sources.data.vendorCount > 0 && <span className="font-normal text-muted-foreground"> · {sources.data.vendorCount} vendor{sources.data.vendorCount === 1 ? '' : 's'}</span>}
      </h2>
      {sources.isPending && <Skeleton className="h-16" label="Loading the sources" />}
      {sources.isError && <ErrorState error={sources.error} />}
      {sources.isSuccess && sources.data.items.length === 0 && <p className="text-sm text-muted-foreground">Entered by hand or by the API; no vendor mail carried it.</p>}
      {sources.isSuccess && sources.data.items.length > 0 && (
        <ul className="space-y-2">
          {sources.data.items.map((s, i) => (
            <li key={s.inboundMessageId ?? i} className="rounded-md border p-3 text-sm" data-testid="requirement-source">
              <p className="font-medium">{s.vendorCompany ?? s.vendorEmail ?? 'A vendor'}</p>
              <p className="text-xs text-muted-foreground">
                {[s.vendorName, s.vendorEmail, s.vendorPhone].filter(Boolean).join(' · ')}
              </p>
              {chainOf(s).length > 1 && (
                <p className="mt-1 text-xs" aria-label="Chain to the end client">
                  {chainOf(s).join(' → ')}
                  {s.chainDepth && <span className="text-muted-foreground"> (depth {s.chainDepth})</span>}
                </p>
              )}
              <p className="mt-1 text-xs text-muted-foreground">
                {rate(s) && <>Offers {rate(s)} · </>}received <time dateTime={s.receivedAt}>{when(s.receivedAt)}</time>
                {s.subject && <> · “{s.subject}”</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
