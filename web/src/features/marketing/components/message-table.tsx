import { Badge } from '@/components/ui/badge';
import { when } from '@/lib/utils';
import type { OutreachMessage } from '../api/marketing';

export const MESSAGE_VARIANT = { QUEUED: 'outline', SENT: 'success', SUPPRESSED: 'warning', FAILED: 'destructive' } as const;

/** Why a message did not go, in words (the API's `detail`), else the detail as it is. */
export function messageDetail(detail: string | undefined): string | undefined {
  switch (detail) {
    case undefined:
    case '':
      return undefined;
    case 'suppressed':
      return 'on the suppression list (unsubscribed, bounced, complained or added by hand)';
    case 'postal-address-required':
      return 'the tenant had no postal address when it was to be sent';
    case 'draft-not-approved':
      return 'its draft was not approved';
    default:
      return detail;
  }
}

/**
 * Outreach messages, one row each ({@link MessageRow}): a draft's recipients and Marketing → Sent mail
 * show the same columns. `caption` names the table for assistive technology.
 */
export function MessageTable({ caption, messages }: { caption: string; messages: readonly OutreachMessage[] }) {
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2">Recipient</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Sent</th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">Kept at</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {messages.map((m) => (
            <MessageRow key={m.id} message={m} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One message: the address, its status with why it did not go in words, when it was sent (else queued), where the mail is kept. */
export function MessageRow({ message: m }: { message: OutreachMessage }) {
  const why = messageDetail(m.detail);
  return (
    <tr>
      <td className="px-3 py-2">{m.recipient}</td>
      <td className="px-3 py-2">
        <Badge variant={MESSAGE_VARIANT[m.status]}>{m.status.toLowerCase()}</Badge>
        {why && <span className="block text-xs text-muted-foreground">{why}</span>}
      </td>
      <td className="px-3 py-2 text-xs">
        {m.sentAt ? (
          <time dateTime={m.sentAt}>{when(m.sentAt)}</time>
        ) : (
          <span className="text-muted-foreground">
            queued <time dateTime={m.queuedAt}>{when(m.queuedAt)}</time>
          </span>
        )}
      </td>
      <td className="hidden break-all px-3 py-2 text-xs text-muted-foreground md:table-cell">{m.location}</td>
    </tr>
  );
}
