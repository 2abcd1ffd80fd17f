import type { MatchFactor } from '../api/get-recommendations';

const LABELS: Record<MatchFactor['factor'], string> = {
  role: 'Role',
  skills: 'Skills',
  location: 'Location',
  rate: 'Rate',
  seniority: 'Seniority',
  history: 'History',
  availability: 'Availability',
};

export function factorLabel(f: MatchFactor['factor']): string {
  return LABELS[f];
}

/**
 * Each factor's contribution to the match score as a bar. A bar's track is as long as the factor's
 * weight (the most it can add; the heaviest factor spans the full width) and its fill is the
 * contribution (weight x value), so the fills add up to the score.
 */
export function FactorBars({ factors }: { factors: MatchFactor[] }) {
  const maxWeight = Math.max(...factors.map((f) => f.weight), 0);
  if (factors.length === 0 || maxWeight === 0) return null;
  return (
    <ul className="space-y-1.5" aria-label="Factor contributions">
      {factors.map((f) => {
        const track = +((f.weight / maxWeight) * 100).toFixed(2);
        const fill = f.weight > 0 ? +((f.contribution / f.weight) * 100).toFixed(2) : 0;
        const text = `${f.contribution.toFixed(2)} of ${f.weight.toFixed(2)}`;
        return (
          <li key={f.factor} className="grid grid-cols-[6.5rem_1fr_5.5rem] items-center gap-2 text-xs" data-factor={f.factor}>
            <span className="font-medium">{LABELS[f.factor]}</span>
            <div className="h-2.5 w-full">
              <div
                role="meter"
                aria-label={`${LABELS[f.factor]} contribution`}
                aria-valuemin={0}
                aria-valuemax={f.weight}
                aria-valuenow={f.contribution}
                aria-valuetext={`${text}: ${f.reason}`}
                title={f.reason}
                className="h-full overflow-hidden rounded-full bg-bar-track"
                style={{ width: `${track}%` }}
              >
                <div className="h-full bg-bar" data-testid="factor-fill" style={{ width: `${fill}%` }} />
              </div>
            </div>
            <span className="text-right tabular-nums text-muted-foreground">+{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
