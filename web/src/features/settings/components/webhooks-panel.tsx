import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { when } from '@/lib/utils';
import { useWebhookDeliveries, useWebhooks, type WebhookDelivery } from '../api/webhooks';

/** Partner webhooks and, for the one picked, its delivery log with every attempt. */
export function WebhooksPanel() {
  const hooks = useWebhooks();
  const [picked, setPicked] = useState<string>();
  return (
    <section aria-labelledby="hooks-h" className="space-y-3">
      <h2 id="hooks-h" className="font-semibold">Webhooks</h2>
      {hooks.isPending && <Skeleton className="h-24" label="Loading webhooks" />}
      {hooks.isError && <ErrorState error={hooks.error} retry={() => void hooks.refetch()} />}
      {hooks.isSuccess && hooks.data.length === 0 && (
        <EmptyState title="No webhooks">Partners subscribe an https URL to events with POST /v1/webhooks; deliveries are signed (Standard Webhooks).</EmptyState>
      )}
      <ul className="space-y-2">
        {hooks.data?.map((h) => (
          <li key={h.id} className="rounded-md border p-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="min-w-0">
                <p className="truncate font-mono text-sm">{h.url}</p>
                <p className="text-xs text-muted-foreground">
                  {h.eventTypes.join(', ')} · since {when(h.createdAt)}
                  {h.description && ` · ${h.description}`}
                </p>
              </div>
              <Button size="sm" variant="outline" aria-expanded={picked === h.id} onClick={() => setPicked(picked === h.id ? undefined : h.id)}>
                {picked === h.id ? 'Hide deliveries' : 'Deliveries'}
              </Button>
            </div>
            {picked === h.id && <Deliveries id={h.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

const STATUS_VARIANT = { SUCCEEDED: 'success', FAILED: 'destructive', PENDING: 'warning' } as const;

function Deliveries({ id }: { id: string }) {
  const d = useWebhookDeliveries(id);
  if (d.isPending) return <Skeleton className="mt-2 h-16" label="Loading deliveries" />;
  if (d.isError) return <div className="mt-2"><ErrorState error={d.error} /></div>;
  if (d.data.length === 0) return <p className="mt-2 text-sm text-muted-foreground">No deliveries yet.</p>;
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Delivery log</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2">Event</th>
            <th scope="col" className="py-1 pr-2">Status</th>
            <th scope="col" className="py-1 pr-2">Attempts</th>
            <th scope="col" className="py-1 pr-2">Last answer</th>
            <th scope="col" className="py-1">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y">{d.data.map((x) => <DeliveryRow key={x.id} d={x} />)}</tbody>
      </table>
    </div>
  );
}

function DeliveryRow({ d }: { d: WebhookDelivery }) {
  return (
    <tr>
      <td className="py-1 pr-2">{d.eventType}</td>
      <td className="py-1 pr-2"><Badge variant={STATUS_VARIANT[d.status]}>{d.status.toLowerCase()}</Badge></td>
      <td className="py-1 pr-2 tabular-nums" title={d.log.map((a) => `#${a.attempt} ${a.statusCode ?? a.error ?? ''} ${a.durationMs} ms`).join('\n')}>
        {d.attempts}
      </td>
      <td className="py-1 pr-2">{d.lastStatusCode ?? d.lastError ?? ''}</td>
      <td className="py-1"><time dateTime={d.createdAt}>{when(d.createdAt)}</time></td>
    </tr>
  );
}
