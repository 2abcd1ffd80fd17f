import { useState, type FormEvent } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException } from '@/lib/api';
import { useHasRole } from '@/lib/auth/auth-context';
import { cn, humanize } from '@/lib/utils';
import { KINDS, useCompanies, useCreateCompany, type CompanyKind } from '../api/companies';

export function problemText(e: unknown): string {
  return e instanceof ApiProblemException ? [e.problem?.detail ?? e.message, ...e.fieldErrors].join(' ') : String(e);
}

/** Companies: a list (filtered by kind) beside the one picked; Owner, Admin, Recruiter and Sales add new ones. */
export function CompaniesPage() {
  const [kind, setKind] = useState<CompanyKind | ''>('');
  const companies = useCompanies(kind || undefined);
  const { companyId } = useParams();
  const canWrite = useHasRole('Owner', 'Admin', 'Recruiter', 'Sales');
  return (
    <div className="flex h-full min-h-0">
      <section aria-labelledby="companies-h" className={cn('flex w-full min-w-0 flex-col border-r lg:w-96', companyId && 'hidden lg:flex')}>
        <div className="space-y-2 p-4 pb-2">
          <h1 id="companies-h" className="text-lg font-semibold">Companies</h1>
          <div className="space-y-1">
            <label htmlFor="c-kind" className="text-xs font-medium">Filter by kind</label>
            <Select id="c-kind" className="h-8" value={kind} onChange={(e) => setKind(e.target.value as CompanyKind | '')}>
              <option value="">Every kind</option>
              {KINDS.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
            </Select>
          </div>
          {canWrite && <NewCompany />}
        </div>
        <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-20 lg:pb-4">
          {companies.isPending && <Skeleton className="h-40" label="Loading companies" />}
          {companies.isError && <ErrorState error={companies.error} retry={() => void companies.refetch()} />}
          {companies.isSuccess && companies.data.length === 0 && <EmptyState title="No companies">Vendors are filed from their mail as it arrives.</EmptyState>}
          <ul aria-label="Companies list" className="space-y-1">
            {companies.data?.map((c) => (
              <li key={c.id}>
                <Link to={`/companies/${c.id}`} aria-current={c.id === companyId ? 'page' : undefined}
                  className={cn('block rounded-md px-3 py-2 text-sm hover:bg-muted', c.id === companyId && 'bg-accent')}>
                  <span className="block font-medium">{c.name}</span>
                  <span className="block text-xs text-muted-foreground">{c.kinds.map(humanize).join(', ') || 'no kind'}{c.domain && ` · ${c.domain}`}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className={cn('min-w-0 flex-1 overflow-y-auto', !companyId && 'hidden lg:block')}>
        <Outlet />
      </div>
    </div>
  );
}

function NewCompany() {
  const create = useCreateCompany();
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const domain = String(f.get('domain') ?? '').trim();
    setError(undefined);
    create.mutate(
      { name: String(f.get('name')).trim(), kinds: [String(f.get('kind')) as CompanyKind], ...(domain ? { domain } : {}) },
      { onSuccess: (c) => { toast.success(`${c.name} added`); form.reset(); }, onError: (err) => setError(problemText(err)) },
    );
  };
  return (
    <details className="rounded-md border p-2">
      <summary className="cursor-pointer text-sm font-medium">New company</summary>
      <form onSubmit={submit} aria-label="New company" className="mt-2 space-y-2">
        <label htmlFor="nc-name" className="block text-xs font-medium">Name</label>
        <Input id="nc-name" name="name" required maxLength={200} className="h-8" />
        <label htmlFor="nc-kind" className="block text-xs font-medium">Kind</label>
        <Select id="nc-kind" name="kind" defaultValue="VENDOR" className="h-8">
          {KINDS.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
        </Select>
        <label htmlFor="nc-domain" className="block text-xs font-medium">Mail domain</label>
        <Input id="nc-domain" name="domain" placeholder="cedar.example" className="h-8" />
        <Button type="submit" size="sm" disabled={create.isPending}>Add company</Button>
        {error && <p role="alert" className="text-xs text-destructive">{error}</p>}
      </form>
    </details>
  );
}

export function CompaniesIndex() {
  return <div className="p-4 text-sm text-muted-foreground">Pick a company to see its contacts and activity.</div>;
}

/** Kinds as badges. */
export function Kinds({ kinds }: { kinds: CompanyKind[] }) {
  return <>{kinds.map((k) => <Badge key={k} variant="outline" className="mr-1">{humanize(k)}</Badge>)}</>;
}
