import { useEffect, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Select } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { Slider } from '@/components/ui/slider';
import { toast } from '@/components/ui/toaster';
import { useHasRole } from '@/lib/auth/auth-context';
import { percent } from '@/lib/utils';
import { useRequirements } from '@/features/inbox/api/get-requirements';
import { useRecommendations } from '@/features/requirements/api/get-recommendations';
import { factorLabel } from '@/features/requirements/components/factor-bars';
import { useMatchSettings, usePutMatchSettings, type MatchSettings } from '../api/match-settings';
import { completeWeights, FACTORS, normalizeWeights, reweight, type Weights } from '../lib/reweight';
import { PreviewChart } from './preview-chart';

/** The tenant's factor weights as sliders, with a live preview of one requirement's ranking under them. */
export function WeightsEditor() {
  const settings = useMatchSettings();
  if (settings.isPending) return <Skeleton className="h-64" label="Loading the matching settings" />;
  if (settings.isError) return <ErrorState error={settings.error} retry={() => void settings.refetch()} />;
  return <Editor settings={settings.data} />;
}

function Editor({ settings }: { settings: MatchSettings }) {
  const saved = useMemo(() => completeWeights(settings.weights), [settings.weights]);
  const [draft, setDraft] = useState<Weights>(saved);
  useEffect(() => setDraft(saved), [saved]);
  const canManage = useHasRole('Owner', 'Admin');
  const put = usePutMatchSettings();
  const total = FACTORS.reduce((s, f) => s + draft[f], 0);
  const normalized = useMemo(() => (total > 0 ? normalizeWeights(draft) : null), [draft, total]);
  const changed = FACTORS.some((f) => Math.abs((normalized?.[f] ?? 0) - saved[f]) > 1e-4);

  const save = () => {
    if (!normalized) return;
    put.mutate(
      { weights: normalized, skillOverlapShare: settings.skillOverlapShare, candidatePoolSize: settings.candidatePoolSize, filters: settings.filters },
      {
        onSuccess: (s) => toast.success(`Weights saved (${s.version}). New runs use them; re-rank a requirement to apply them to it.`),
        onError: (e) => toast.error(`Not saved: ${e.message}`),
      },
    );
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[22rem_1fr]">
      <section aria-labelledby="weights-h" className="space-y-4">
        <div>
          <h2 id="weights-h" className="font-semibold">Matching weights</h2>
          <p className="text-xs text-muted-foreground">
            Settings {settings.version}. Each factor's share of the score; saved scaled to a total of 100%.
          </p>
        </div>
        {FACTORS.map((f) => (
          <div key={f} className="space-y-1.5">
            <div className="flex justify-between text-sm">
              <span id={`w-${f}`}>{factorLabel(f)}</span>
              <span className="tabular-nums text-muted-foreground" data-testid={`weight-${f}`}>
                {normalized ? percent(normalized[f]) : '—'}
              </span>
            </div>
            <Slider
              label={`${factorLabel(f)} weight`}
              valueText={normalized ? percent(normalized[f]) : undefined}
              min={0}
              max={1}
              step={0.01}
              value={[draft[f]]}
              disabled={!canManage}
              onValueChange={([v]) => setDraft((d) => ({ ...d, [f]: v ?? 0 }))}
            />
          </div>
        ))}
        {total === 0 && <p role="alert" className="text-sm text-destructive">At least one weight must be above zero.</p>}
        {canManage ? (
          <div className="flex gap-2">
            <Button onClick={save} disabled={!changed || !normalized || put.isPending}>
              {put.isPending ? 'Saving…' : 'Save weights'}
            </Button>
            <Button variant="outline" onClick={() => setDraft(saved)} disabled={!changed}>
              Reset
            </Button>
          </div>
        ) : (
          <p className="text-xs text-muted-foreground">Only an Owner or Admin can change the weights; the preview works for everyone.</p>
        )}
      </section>
      {normalized && <RankingPreview weights={normalized} />}
    </div>
  );
}

function RankingPreview({ weights }: { weights: Weights }) {
  const requirements = useRequirements();
  const list = requirements.data?.pages.flatMap((p) => p.items) ?? [];
  const [picked, setPicked] = useState<string>('');
  const requirementId = picked || list[0]?.id;
  const run = useRecommendations(requirementId);
  const rows = useMemo(() => (run.data ? reweight(run.data.items, weights) : []), [run.data, weights]);

  return (
    <section aria-labelledby="preview-h" className="min-w-0 space-y-3">
      <div>
        <h2 id="preview-h" className="font-semibold">Preview</h2>
        <p className="text-xs text-muted-foreground">
          The requirement's latest run re-scored with these weights from each consultant's factor values. Nothing is saved.
        </p>
      </div>
      <div className="space-y-1">
        <Label htmlFor="preview-req">Requirement</Label>
        <Select id="preview-req" value={requirementId ?? ''} onChange={(e) => setPicked(e.target.value)}>
          {list.map((r) => (
            <option key={r.id} value={r.id}>{r.title}</option>
          ))}
        </Select>
      </div>
      {run.isPending && requirementId && <Skeleton className="h-48" label="Loading the ranking" />}
      {run.isError && <ErrorState error={run.error} />}
      {run.isSuccess && run.data === null && <p className="text-sm text-muted-foreground">This requirement has not been ranked yet.</p>}
      {rows.length > 0 && (
        <>
          <PreviewChart rows={rows} />
          <table className="w-full text-sm" aria-label="Preview ranking">
            <thead className="text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="py-1 text-left">#</th>
                <th scope="col" className="py-1 text-left">Consultant</th>
                <th scope="col" className="py-1 text-right">Now</th>
                <th scope="col" className="py-1 text-right">Preview</th>
                <th scope="col" className="py-1 text-right">Moved</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {rows.map((r) => (
                <tr key={r.id} data-testid="preview-row">
                  <td className="py-1 tabular-nums">{r.rankAfter}</td>
                  <td className="py-1">{r.consultantName}</td>
                  <td className="py-1 text-right tabular-nums">{r.before.toFixed(2)}</td>
                  <td className="py-1 text-right tabular-nums" data-testid="preview-score">{r.after.toFixed(2)}</td>
                  <td className="py-1 text-right tabular-nums">
                    {r.moved > 0 ? <span aria-label={`up ${r.moved}`}>↑{r.moved}</span> : r.moved < 0 ? <span aria-label={`down ${-r.moved}`}>↓{-r.moved}</span> : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
