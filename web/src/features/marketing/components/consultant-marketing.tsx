import { useState } from 'react';
import { useHasRole } from '@/lib/auth/auth-context';
import { explainMarketingProblem, useConsultantMarketing, useSetConsultantMarketing } from '../api/marketing';

/** On the consultant profile: opted out of marketing (never on a hot list) and open to relocation. */
export function ConsultantMarketingToggle({ consultantId }: { consultantId: string }) {
  const prefs = useConsultantMarketing(consultantId);
  const set = useSetConsultantMarketing(consultantId);
  const canEdit = useHasRole('Owner', 'Admin', 'Recruiter');
  const [error, setError] = useState<string>();
  if (!prefs.isSuccess) return null;
  const p = prefs.data;
  const change = (over: { optedOut?: boolean; openToRelocation?: boolean }) => {
    setError(undefined);
    set.mutate(
      { optedOut: over.optedOut ?? p.optedOut, ...((over.openToRelocation ?? p.openToRelocation) !== undefined ? { openToRelocation: over.openToRelocation ?? p.openToRelocation } : {}) },
      { onError: (e) => setError(explainMarketingProblem(e)) },
    );
  };
  return (
    <section aria-labelledby="mkt-h" className="space-y-1">
      <h2 id="mkt-h" className="text-sm font-semibold">Marketing</h2>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={p.optedOut} disabled={!canEdit || set.isPending} onChange={(e) => change({ optedOut: e.target.checked })} />
        Opted out of marketing (never listed on a hot list)
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={p.openToRelocation ?? false}
          disabled={!canEdit || set.isPending}
          onChange={(e) => change({ openToRelocation: e.target.checked })}
        />
        Open to relocation
      </label>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
    </section>
  );
}
