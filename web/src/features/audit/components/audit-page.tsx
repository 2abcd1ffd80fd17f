import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { when } from '@/lib/utils';
import { useAuditLogs, type AuditEntry, type AuditFilters } from '../api/get-audit-logs';

/** The tenant's audit log: who changed what, when, with hashes and the trace id. */
export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const logs = useAuditLogs(filters);
  const items = logs.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const day = (v: FormDataEntryValue | null) => (v ? new Date(`${String(v)}T00:00:00`).toISOString() : undefined);
    setFilters({
      entity: String(f.get('entity') ?? '').trim() || undefined,
      actor: String(f.get('actor') ?? '').trim() || undefined,
      from: day(f.get('from')),
      to: day(f.get('to')),
    });
  };

  return (
    <div className="h-full overflow-y-auto p-4">
      <h1 className="text-lg font-semibold">Audit log</h1>
      <p className="text-sm text-muted-foreground">Every change to the tenant's data and every AI recommendation, newest first.</p>
      <form onSubmit={apply} aria-label="Filter the audit log" className="mt-3 grid grid-cols-2 gap-2 md:grid-cols-5 md:items-end">
        <div className="space-y-1">
          <Label htmlFor="a-entity">Entity</Label>
          <Input id="a-entity" name="entity" placeholder="consultant" pattern="[a-z_]{1,40}" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="a-actor">Actor</Label>
          <Input id="a-actor" name="actor" placeholder="user id" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="a-from">From</Label>
          <Input id="a-from" name="from" type="date" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="a-to">Before</Label>
          <Input id="a-to" name="to" type="date" />
        </div>
        <Button type="submit" variant="outline">Apply</Button>
      </form>
      <div className="mt-4">
        {logs.isPending && <Skeleton className="h-40" label="Loading the audit log" />}
        {logs.isError && <ErrorState error={logs.error} retry={() => void logs.refetch()} />}
        {logs.isSuccess && items.length === 0 && <EmptyState title="No entries">Nothing was changed in this window.</EmptyState>}
        {items.length > 0 && (
          <div className="overflow-x-auto rounded-md border">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Audit entries</caption>
              <thead className="bg-muted text-xs">
                <tr>
                  <th scope="col" className="px-3 py-2">When</th>
                  <th scope="col" className="px-3 py-2">Actor</th>
                  <th scope="col" className="px-3 py-2">Action</th>
                  <th scope="col" className="px-3 py-2">Entity</th>
                  <th scope="col" className="hidden px-3 py-2 md:table-cell">After hash</th>
                  <th scope="col" className="hidden px-3 py-2 md:table-cell">Trace id</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {items.map((e) => <AuditRow key={e.id} entry={e} />)}
              </tbody>
            </table>
          </div>
        )}
        {logs.hasNextPage && (
          <Button variant="outline" className="mt-3" disabled={logs.isFetchingNextPage} onClick={() => void logs.fetchNextPage()}>
            Load older entries
          </Button>
        )}
      </div>
    </div>
  );
}

function entityLink(e: AuditEntry): string | null {
  if (!e.entityId) return null;
  if (e.entity === 'consultant') return `/bench/${e.entityId}`;
  if (e.entity === 'requirement') return `/inbox/${e.entityId}`;
  return null;
}

function AuditRow({ entry: e }: { entry: AuditEntry }) {
  const link = entityLink(e);
  return (
    <tr>
      <td className="whitespace-nowrap px-3 py-2"><time dateTime={e.at}>{when(e.at)}</time></td>
      <td className="max-w-40 truncate px-3 py-2" title={e.actorId}>{e.actorId}</td>
      <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
      <td className="px-3 py-2">
        {link ? <Link to={link} className="text-primary hover:underline">{e.entity}</Link> : e.entity}
      </td>
      <td className="hidden px-3 py-2 font-mono text-xs md:table-cell" title={e.afterHash}>{e.afterHash?.slice(0, 12)}</td>
      <td className="hidden max-w-48 truncate px-3 py-2 font-mono text-xs md:table-cell" title={e.traceId}>{e.traceId}</td>
    </tr>
  );
}
