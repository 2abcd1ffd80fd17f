import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { useHasRole } from '@/lib/auth/auth-context';
import { Timeline } from '@/features/activities/components/timeline';
import { useCompany, useContacts, useCreateContact } from '../api/companies';
import { Kinds, problemText } from './companies-page';

/** One company: its kinds and domain, the people there (add one), and its activity timeline. */
export function CompanyDetail() {
  const { companyId = '' } = useParams();
  const company = useCompany(companyId);
  const contacts = useContacts(companyId);
  const canWrite = useHasRole('Owner', 'Admin', 'Recruiter', 'Sales');
  if (company.isPending) return <div className="p-4"><Skeleton className="h-40" label="Loading the company" /></div>;
  if (company.isError) return <div className="p-4"><ErrorState error={company.error} retry={() => void company.refetch()} /></div>;
  const c = company.data;
  return (
    <article className="space-y-5 p-4 pb-24 lg:pb-4" aria-labelledby="company-name">
      <Link to="/companies" className="text-sm text-primary underline-offset-4 hover:underline lg:hidden">← Companies</Link>
      <header>
        <h1 id="company-name" className="text-xl font-semibold">{c.name}</h1>
        <p className="mt-1"><Kinds kinds={c.kinds} /></p>
        <p className="text-xs text-muted-foreground">{[c.domain, c.website, c.phone].filter(Boolean).join(' · ')}</p>
        {c.notes && <p className="mt-1 text-sm">{c.notes}</p>}
      </header>
      <section aria-labelledby="contacts-h" className="space-y-2">
        <h2 id="contacts-h" className="font-semibold">Contacts</h2>
        {contacts.isPending && <Skeleton className="h-16" label="Loading contacts" />}
        {contacts.isError && <ErrorState error={contacts.error} />}
        {contacts.isSuccess && contacts.data.length === 0 && <p className="text-sm text-muted-foreground">Nobody filed here yet.</p>}
        <ul className="space-y-1 text-sm">
          {contacts.data?.map((p) => (
            <li key={p.id} className="rounded-md border px-3 py-2">
              <span className="font-medium">{p.fullName}</span>
              {p.title && <span className="text-muted-foreground"> · {p.title}</span>}
              <span className="block text-xs text-muted-foreground">{[p.email, p.phone].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
        {canWrite && <NewContact companyId={c.id} />}
      </section>
      <Timeline owner="company" id={c.id} />
    </article>
  );
}

function NewContact({ companyId }: { companyId: string }) {
  const create = useCreateContact(companyId);
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const opt = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setError(undefined);
    create.mutate(
      { fullName: String(f.get('fullName')).trim(), email: opt('email'), title: opt('title'), phone: opt('phone') },
      { onSuccess: () => form.reset(), onError: (err) => setError(problemText(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="New contact" className="grid gap-2 rounded-md border p-3 sm:grid-cols-2">
      <div className="space-y-1"><label htmlFor="ct-name" className="text-xs font-medium">Full name</label><Input id="ct-name" name="fullName" required maxLength={200} className="h-8" /></div>
      <div className="space-y-1"><label htmlFor="ct-email" className="text-xs font-medium">E-mail</label><Input id="ct-email" name="email" type="email" className="h-8" /></div>
      <div className="space-y-1"><label htmlFor="ct-title" className="text-xs font-medium">Title</label><Input id="ct-title" name="title" className="h-8" /></div>
      <div className="space-y-1"><label htmlFor="ct-phone" className="text-xs font-medium">Phone</label><Input id="ct-phone" name="phone" className="h-8" /></div>
      <div className="flex items-center gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={create.isPending}>Add contact</Button>
        {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
      </div>
    </form>
  );
}
