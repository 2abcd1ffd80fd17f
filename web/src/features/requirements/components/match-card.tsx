import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Tooltip } from '@/components/ui/tooltip';
import { humanize, percent } from '@/lib/utils';
import type { Recommendation } from '../api/get-recommendations';
import { FactorBars } from './factor-bars';
import { RejectDialog } from './reject-dialog';
import { SubmitFromRecommendation } from '@/features/pipeline/components/submit-button';

/** One ranked consultant: score, success probability, flags, reasons, factor bars, accept / reject. */
export function MatchCard({
  item,
  canDecide,
  canSubmit = false,
  onAccept,
  onReject,
}: {
  item: Recommendation;
  canDecide: boolean;
  /** Offer "Submit" (a draft submission from this recommendation): roles with submission:write. */
  canSubmit?: boolean;
  onAccept: () => void;
  onReject: (reason: string) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const decision = item.feedback?.decision;
  const headingId = `match-${item.id}`;
  return (
    <Card className="p-4" aria-labelledby={headingId} role="article" data-rejected={decision === 'reject' || undefined}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold">
            <span className="mr-2 text-muted-foreground">#{item.rank}</span>
            <Link to={`/bench/${item.consultantId}`} className="hover:underline">
              {item.consultantName}
            </Link>
          </h3>
          {item.consultantTitle && <p className="text-sm text-muted-foreground">{item.consultantTitle}</p>}
        </div>
        <dl className="flex gap-4 text-right text-sm">
          <div>
            <dt className="text-xs text-muted-foreground">Score</dt>
            <dd className="font-semibold tabular-nums">{item.matchScore.toFixed(2)}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Success</dt>
            <dd className="font-semibold tabular-nums">
              {percent(item.successProbability)}
              {!item.calibrated && (
                <Tooltip content="Not calibrated yet: a fixed mapping of the score until placements and rejections train it.">
                  <button type="button" className="ml-1 align-middle">
                    <Badge variant="warning">uncalibrated</Badge>
                  </button>
                </Tooltip>
              )}
            </dd>
          </div>
        </dl>
      </div>

      {(item.flags?.length ?? 0) > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label="Flags">
          {item.flags!.map((f) => (
            <li key={f.filter}>
              <Badge variant="destructive" title={f.reason}>
                {humanize(f.filter)}: {f.reason}
              </Badge>
            </li>
          ))}
        </ul>
      )}

      {(item.reasons?.length ?? 0) > 0 && (
        <ul className="mt-3 list-disc space-y-0.5 pl-5 text-sm" aria-label="Reasons">
          {item.reasons!.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}

      {(item.factors?.length ?? 0) > 0 && (
        <div className="mt-3">
          <FactorBars factors={item.factors!} />
        </div>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-2">
        {decision === 'accept' && <Badge variant="success">Accepted</Badge>}
        {decision === 'reject' && (
          <Badge variant="destructive">Rejected{item.feedback?.reason ? `: ${item.feedback.reason}` : ''}</Badge>
        )}
        {canDecide && (
          <>
            <Button size="sm" variant="outline" disabled={decision === 'accept'} onClick={onAccept}>
              Accept
            </Button>
            <Button size="sm" variant="outline" disabled={decision === 'reject'} onClick={() => setRejecting(true)}>
              Reject…
            </Button>
          </>
        )}
        {canSubmit && decision !== 'reject' && <SubmitFromRecommendation recommendationId={item.id} consultantName={item.consultantName} />}
      </div>
      <RejectDialog open={rejecting} onOpenChange={setRejecting} consultantName={item.consultantName} onReject={onReject} />
    </Card>
  );
}
