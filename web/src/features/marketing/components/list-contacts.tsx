import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { useContact } from '../api/marketing';

/** How many of a distribution list's contacts show at first and per *Show more*. */
export const CONTACTS_STEP = 50;

interface Known {
  fullName: string;
  email?: string;
}

/**
 * A distribution list's contacts, 50 at a time (each row reads its consent, so a list of thousands is not
 * read at once): `row` renders one with its name and e-mail, from the loaded contacts (`known`) or, for one
 * beyond the loaded pages, `GET /v1/contacts/{id}`.
 */
export function ListContacts({ ids, known, row }: { ids: string[]; known: (id: string) => Known | undefined; row: (id: string, c: Known | undefined) => ReactNode }) {
  const [shown, setShown] = useState(CONTACTS_STEP);
  return (
    <>
      {ids.slice(0, shown).map((id) => {
        const c = known(id);
        return c ? row(id, c) : <UnloadedContact key={id} id={id} row={row} />;
      })}
      {ids.length > shown && (
        <tr>
          <td colSpan={2} className="py-1">
            <Button size="sm" variant="ghost" onClick={() => setShown(shown + CONTACTS_STEP)}>
              Show more contacts ({ids.length - shown} more)
            </Button>
          </td>
        </tr>
      )}
    </>
  );
}

function UnloadedContact({ id, row }: { id: string; row: (id: string, c: Known | undefined) => ReactNode }) {
  const contact = useContact(id);
  return <>{row(id, contact.data ? { fullName: contact.data.fullName, email: contact.data.email ?? undefined } : undefined)}</>;
}
