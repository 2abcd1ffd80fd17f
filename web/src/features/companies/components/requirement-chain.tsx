import { Link } from 'react-router';
import type { Schemas } from '@/lib/api';
import { useCompanies } from '../api/companies';

const LINKS = [
  ['vendorCompanyId', 'Vendor'],
  ['implementationPartnerId', 'Implementation partner'],
  ['primeVendorId', 'Prime vendor'],
  ['endClientId', 'End client'],
] as const;

/** The requirement's chain as linked companies: vendor → implementation partner → prime vendor → end client. */
export function RequirementChain({ chain }: { chain?: Schemas['Requirement']['chain'] }) {
  const companies = useCompanies();
  const links = LINKS.filter(([k]) => chain?.[k]);
  if (!chain || links.length === 0) return null;
  const name = (id: string) => companies.data?.find((c) => c.id === id)?.name ?? 'a company';
  return (
    <nav aria-label="Requirement chain" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1">
        {links.map(([k, label], i) => (
          <li key={k} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">→</span>}
            <span className="text-xs text-muted-foreground">{label}</span>
            <Link className="underline underline-offset-2" to={`/companies/${chain[k]}`}>{name(chain[k]!)}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
