import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Tooltip } from '@/components/ui/tooltip';
import { humanize, workAuthLabel } from '@/lib/utils';
import { place } from '@/features/inbox/lib/filter-requirements';
import { useFieldSources, type ExtractedRequirement } from '../api/extract-fields';
import type { Requirement } from '@/features/inbox/api/get-requirements';

type Sources = Partial<Record<'title' | 'skills' | 'location' | 'workMode' | 'seniority' | 'minYears' | 'budget' | 'duration' | 'start' | 'client' | 'workAuthorizations', string>>;

/** Which text of the mail each stored field was read from, as the extractor reports it. */
export function sourcesOf(x: ExtractedRequirement | null | undefined): Sources {
  if (!x) return {};
  const skills = [...new Set(x.skills.map((s) => s.source).filter(Boolean))];
  return {
    title: x.title.source,
    skills: skills.length ? skills.join(' … ') : undefined,
    location: x.locations[0]?.source,
    workMode: x.workMode?.source,
    seniority: x.seniority?.source,
    minYears: x.minYears?.source,
    budget: x.rate?.source,
    duration: x.durationMonths?.source ?? x.duration?.source,
    start: x.startDate?.source ?? x.start?.source,
    client: x.endClient?.source ?? x.client?.source,
    workAuthorizations: x.visa?.source,
  };
}

/** The requirement's extracted fields; with sources on, each field shows its source text on hover or focus. */
export function RequirementFields({ requirement: r, canExtract }: { requirement: Requirement; canExtract: boolean }) {
  const [showSources, setShowSources] = useState(false);
  const sources = useFieldSources(r.id, r.description, showSources);
  const src = sourcesOf(sources.data);

  const rows: [keyof Sources, string, ReactNode][] = [
    ['client', 'Client', r.clientName],
    ['location', 'Location', place(r)],
    ['workMode', 'Work mode', r.workMode && humanize(r.workMode)],
    ['seniority', 'Seniority', r.seniority && humanize(r.seniority)],
    ['minYears', 'Experience', r.minYears !== undefined ? `${r.minYears}+ years` : undefined],
    ['budget', 'Budget', r.budget && `${r.budget.amount} ${r.budget.currency}/${r.budget.unit.toLowerCase()}${r.budget.employmentType ? ` ${r.budget.employmentType}` : ''}`],
    ['duration', 'Duration', r.durationMonths && `${r.durationMonths} months`],
    ['start', 'Start', r.startDate],
    ['workAuthorizations', 'Work authorization', r.workAuthorizations.length ? r.workAuthorizations.map(workAuthLabel).join(', ') : undefined],
    ['skills', 'Skills', r.skills.length ? r.skills.map((s) => `${s.name}${s.required ? '' : ' (nice to have)'}${s.minYears ? ` ${s.minYears}y` : ''}`).join(', ') : undefined],
  ];

  return (
    <section aria-labelledby="fields-heading" className="space-y-2">
      <div className="flex items-center justify-between gap-2">
        <h2 id="fields-heading" className="text-sm font-semibold">Extracted fields</h2>
        {canExtract && r.description && (
          <Button size="sm" variant="ghost" aria-pressed={showSources} onClick={() => setShowSources((v) => !v)}>
            {showSources ? 'Hide sources' : 'Show sources'}
          </Button>
        )}
      </div>
      {showSources && sources.isPending && <p className="text-xs text-muted-foreground" role="status">Reading the mail text…</p>}
      {showSources && sources.isSuccess && (
        <p className="text-xs text-muted-foreground">Hover or focus a dotted field to see the text it was read from.</p>
      )}
      <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-sm">
        {rows
          .filter(([, , v]) => v !== undefined && v !== '' && v !== 0)
          .map(([key, label, value]) => (
            <div key={key} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd>
                {showSources && src[key] ? (
                  <Tooltip content={<><span className="font-medium">From the mail:</span> “{src[key]}”</>}>
                    <span tabIndex={0} className="cursor-help underline decoration-dotted underline-offset-4" data-source={src[key]}>
                      {value}
                    </span>
                  </Tooltip>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
