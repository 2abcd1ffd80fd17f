import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Input, Select, Textarea } from '@/components/ui/input';
import { toast } from '@/components/ui/toaster';
import { ApiProblemException, type Schemas } from '@/lib/api';
import { useHasRole } from '@/lib/auth/auth-context';
import { humanize, when } from '@/lib/utils';
import { useCompanies } from '@/features/companies/api/companies';
import {
  useMakeOffer,
  useUpdateTerms,
  usePatchInterview,
  usePlace,
  useRecordRtr,
  useRevokeRtr,
  useRtrs,
  useScheduleInterview,
  type InterviewPatch,
  type Rtr,
} from '../api/records';
import { useDownloadIcs, type Interview, type Submission } from '../api/submissions';
import { browserTimeZone, endOfDay, rateOf, rateText, refusalText, text } from '../lib/forms';

const MODES: Schemas['InterviewMode'][] = ['VIDEO', 'PHONE', 'ONSITE'];
const OUTCOMES: Schemas['InterviewOutcome'][] = ['SCHEDULED', 'PASSED', 'FAILED', 'NO_SHOW', 'CANCELLED'];
const UNITS: Schemas['RateUnit'][] = ['HOUR', 'DAY', 'MONTH', 'YEAR'];
const EMPLOYMENT: Schemas['EmploymentType'][] = ['C2C', 'W2', '1099', 'FULL_TIME'];
const CLOSED: Submission['status'][] = ['REJECTED', 'WITHDRAWN', 'PLACED'];

/** Roles that may record on a submission (`submission:write`). */
export function useCanRecord() {
  return useHasRole('Owner', 'Admin', 'Recruiter', 'Sales');
}

/** A labelled field (visible label above the control). */
function Field({ id, label, children, className }: { id: string; label: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ?? 'space-y-1'}>
      <label htmlFor={id} className="text-xs font-medium">{label}</label>
      {children}
    </div>
  );
}

/** A button that opens a form under it: the form's first field gets focus, Escape closes it and focus returns to the button. */
function Opener({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="mt-2">
      <Button ref={button} size="sm" variant="outline" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>{label}</Button>
      {open && (
        <div id={id} ref={panel} className="mt-2" onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
          {children(close)}
        </div>
      )}
    </div>
  );
}

function Refusal({ message }: { message?: string }) {
  return message ? <p role="alert" className="text-xs text-destructive">{message}</p> : null;
}

/** Amount, currency and unit of a rate (and optionally the employment type), prefilled from `initial`. */
function RateFields({ prefix, name, label, initial, required, employment }: {
  prefix: string; name: string; label: string; initial?: Schemas['Rate']; required?: boolean; employment?: boolean;
}) {
  return (
    <fieldset className="col-span-2 grid grid-cols-3 gap-2">
      <legend className="mb-1 text-xs font-medium">{label}</legend>
      <Field id={`${prefix}-${name}-amount`} label="Amount">
        <Input id={`${prefix}-${name}-amount`} name={`${name}Amount`} type="number" min="0.01" step="0.01" required={required} defaultValue={initial?.amount} className="h-8 text-xs" />
      </Field>
      <Field id={`${prefix}-${name}-currency`} label="Currency">
        <Input id={`${prefix}-${name}-currency`} name={`${name}Currency`} pattern="[A-Za-z]{3}" maxLength={3} defaultValue={initial?.currency ?? 'USD'} className="h-8 text-xs uppercase" />
      </Field>
      <Field id={`${prefix}-${name}-unit`} label="Per">
        <Select id={`${prefix}-${name}-unit`} name={`${name}Unit`} defaultValue={initial?.unit ?? 'HOUR'} className="h-8 text-xs">
          {UNITS.map((u) => <option key={u} value={u}>{u.toLowerCase()}</option>)}
        </Select>
      </Field>
      {employment && (
        <Field id={`${prefix}-${name}-type`} label="Employment type" className="col-span-3 space-y-1">
          <Select id={`${prefix}-${name}-type`} name={`${name}Type`} defaultValue={initial?.employmentType ?? ''} className="h-8 text-xs">
            <option value="">Not said (counts as C2C)</option>
            {EMPLOYMENT.map((t) => <option key={t} value={t}>{t === 'FULL_TIME' ? 'Full time' : t}</option>)}
          </Select>
        </Field>
      )}
    </fieldset>
  );
}

// ----- a draft's terms ------------------------------------------------------------------------

/**
 * A draft's vendor and rates, which the move to Submitted needs (a draft made from a
 * recommendation has none): the vendors that sent the requirement first, then the tenant's other vendors.
 */
export function DraftTerms({ submission }: { submission: Submission }) {
  const canRecord = useCanRecord();
  if (submission.status !== 'DRAFT' || !canRecord) return null;
  const missing = !submission.vendorCompanyId || !submission.billRate || !submission.payRate;
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase text-muted-foreground">Terms</h3>
      {missing && <p className="text-xs text-muted-foreground">Submitting needs the vendor and both rates.</p>}
      <Opener label={missing ? 'Set the vendor and rates' : 'Change the vendor or rates'}>{(close) => <TermsForm submission={submission} onDone={close} />}</Opener>
    </div>
  );
}

export function TermsForm({ submission, onDone }: { submission: Submission; onDone?: () => void }) {
  const update = useUpdateTerms(submission.id);
  const companies = useCompanies('VENDOR');
  const [error, setError] = useState<string>();
  const p = `terms-${submission.id}`;
  const senders = vendorChoices({ ...submission, vendorCompanyId: undefined });
  const others = (companies.data ?? []).filter((c) => !senders.some((v) => v.id === c.id)).map((c) => ({ id: c.id, name: c.name }));
  const choices = [...senders, ...others];
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const vendor = text(f, 'vendor');
    const bill = rateOf(f, 'bill');
    const pay = rateOf(f, 'pay');
    setError(undefined);
    update.mutate(
      {
        ...(vendor ? { vendorCompanyId: vendor } : {}),
        ...(bill ? { billRate: { amount: bill.amount, currency: bill.currency, unit: bill.unit } } : {}),
        ...(pay ? { payRate: pay } : {}),
      },
      { onSuccess: () => { toast.success('Terms saved'); onDone?.(); }, onError: (err) => setError(refusalText(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Vendor and rates" className="grid grid-cols-2 gap-2 rounded-md border p-2">
      <Field id={`${p}-vendor`} label="Vendor" className="col-span-2 space-y-1">
        <Select id={`${p}-vendor`} name="vendor" defaultValue={submission.vendorCompanyId ?? ''} key={choices.length} className="h-8 text-xs">
          <option value="">{companies.isPending ? 'Loading the vendors…' : 'Pick the vendor'}</option>
          {submission.vendorCompanyId && !choices.some((c) => c.id === submission.vendorCompanyId) && (
            <option value={submission.vendorCompanyId}>{submission.vendorName ?? 'the current vendor'}</option>
          )}
          {choices.map((v) => <option key={v.id} value={v.id}>{v.name}{senders.some((x) => x.id === v.id) ? ' (sent the requirement)' : ''}</option>)}
        </Select>
      </Field>
      <RateFields prefix={p} name="bill" label="Bill rate" initial={submission.billRate} />
      <RateFields prefix={p} name="pay" label="Pay rate" initial={submission.payRate} employment />
      <div className="col-span-2 space-y-1">
        <Refusal message={error} />
        <Button type="submit" size="sm" disabled={update.isPending}>Save the terms</Button>
      </div>
    </form>
  );
}

// ----- interviews -----------------------------------------------------------------------------

/** The submission's interviews (each with its `.ics` and, for writers, its outcome) and a form to schedule one. */
export function Interviews({ submission }: { submission: Submission }) {
  const canRecord = useCanRecord();
  const download = useDownloadIcs();
  const interviews = submission.interviews ?? [];
  const canSchedule = canRecord && (submission.status === 'INTERVIEWING' || submission.allowedTransitions.includes('INTERVIEWING'));
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase text-muted-foreground">Interviews</h3>
      {interviews.length === 0 ? (
        <p className="text-xs text-muted-foreground">None scheduled.</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {interviews.map((i) => (
            <li key={i.id} className="space-y-1 text-xs" data-testid="interview">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  Round {i.round}: {i.startsAt.replace('T', ' ')} {i.timeZone} · {i.mode.toLowerCase()}
                  {i.interviewer && ` · ${i.interviewer}`} · <Badge variant={i.outcome === 'PASSED' ? 'success' : i.outcome === 'SCHEDULED' ? 'outline' : 'muted'}>{humanize(i.outcome)}</Badge>
                </span>
                <Button size="sm" variant="outline" onClick={() => download(i).catch((e: unknown) => toast.error(String(e)))}>
                  Calendar (.ics)<span className="sr-only"> for round {i.round}</span>
                </Button>
              </div>
              {i.feedback && <p className="whitespace-pre-wrap text-muted-foreground">{i.feedback}</p>}
              {canRecord && (
                <Opener label={`Outcome of round ${i.round}`}>
                  {(close) => <OutcomeForm submissionId={submission.id} interview={i} onDone={close} />}
                </Opener>
              )}
            </li>
          ))}
        </ul>
      )}
      {canSchedule && (
        <Opener label="Schedule an interview">{(close) => <ScheduleForm submission={submission} onDone={close} />}</Opener>
      )}
    </div>
  );
}

/** Round, local date and time (sent with the browser's time zone), length, mode, interviewer, place or link. */
export function ScheduleForm({ submission, onDone }: { submission: Submission; onDone?: () => void }) {
  const schedule = useScheduleInterview(submission.id);
  const [error, setError] = useState<string>();
  const zone = browserTimeZone();
  const p = `schedule-${submission.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const round = text(f, 'round');
    const interviewer = text(f, 'interviewer');
    const location = text(f, 'location');
    setError(undefined);
    schedule.mutate(
      {
        startsAt: String(f.get('startsAt')),
        timeZone: zone,
        durationMinutes: Number(text(f, 'duration') ?? 60),
        mode: String(f.get('mode')) as Schemas['InterviewMode'],
        ...(round ? { round: Number(round) } : {}),
        ...(interviewer ? { interviewer } : {}),
        ...(location ? { location } : {}),
      },
      {
        onSuccess: (i) => { toast.success(`Round ${i.round} scheduled`); onDone?.(); },
        onError: (err) => setError(refusalText(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Schedule an interview" className="grid grid-cols-2 gap-2 rounded-md border p-2">
      <Field id={`${p}-at`} label="Date and time" className="col-span-2 space-y-1">
        <Input id={`${p}-at`} name="startsAt" type="datetime-local" required className="h-8 text-xs" aria-describedby={`${p}-zone`} />
        <p id={`${p}-zone`} className="text-xs text-muted-foreground">In {zone} (this browser's time zone).</p>
      </Field>
      <Field id={`${p}-round`} label="Round">
        <Input id={`${p}-round`} name="round" type="number" min={1} max={20} placeholder="next" className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-duration`} label="Minutes">
        <Input id={`${p}-duration`} name="duration" type="number" min={5} max={600} defaultValue={60} className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-mode`} label="Mode">
        <Select id={`${p}-mode`} name="mode" defaultValue="VIDEO" className="h-8 text-xs">
          {MODES.map((m) => <option key={m} value={m}>{humanize(m)}</option>)}
        </Select>
      </Field>
      <Field id={`${p}-interviewer`} label="Interviewer">
        <Input id={`${p}-interviewer`} name="interviewer" maxLength={200} className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-location`} label="Place or meeting link" className="col-span-2 space-y-1">
        <Input id={`${p}-location`} name="location" maxLength={500} className="h-8 text-xs" />
      </Field>
      <div className="col-span-2 space-y-1">
        <Refusal message={error} />
        <Button type="submit" size="sm" disabled={schedule.isPending}>Schedule</Button>
      </div>
    </form>
  );
}

/** An interview's outcome and feedback (a merge patch; emptied feedback is removed). */
export function OutcomeForm({ submissionId, interview, onDone }: { submissionId: string; interview: Interview; onDone?: () => void }) {
  const patch = usePatchInterview(submissionId);
  const [error, setError] = useState<string>();
  const p = `outcome-${interview.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const feedback = text(f, 'feedback');
    const body: InterviewPatch = {
      outcome: String(f.get('outcome')) as Schemas['InterviewOutcome'],
      ...(feedback ? { feedback } : interview.feedback ? { feedback: null } : {}),
    };
    setError(undefined);
    patch.mutate(
      { id: interview.id, patch: body },
      { onSuccess: (i) => { toast.success(`Round ${i.round}: ${humanize(i.outcome)}`); onDone?.(); }, onError: (err) => setError(refusalText(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label={`Outcome of round ${interview.round}`} className="grid gap-2 rounded-md border p-2">
      <Field id={`${p}-outcome`} label="Outcome">
        <Select id={`${p}-outcome`} name="outcome" defaultValue={interview.outcome} className="h-8 text-xs">
          {OUTCOMES.map((o) => <option key={o} value={o}>{humanize(o)}</option>)}
        </Select>
      </Field>
      <Field id={`${p}-feedback`} label="Feedback">
        <Textarea id={`${p}-feedback`} name="feedback" maxLength={4000} defaultValue={interview.feedback ?? ''} className="min-h-16 text-xs" />
      </Field>
      <Refusal message={error} />
      <Button type="submit" size="sm" className="justify-self-start" disabled={patch.isPending}>Save outcome</Button>
    </form>
  );
}

// ----- offers and placement -------------------------------------------------------------------

/** Offers made (rate, start, expiry, status), the placement, and the forms to record them when the API allows. */
export function OffersAndPlacement({ submission }: { submission: Submission }) {
  const canRecord = useCanRecord();
  const offers = submission.offers ?? [];
  const canOffer = canRecord && (submission.status === 'OFFERED' || submission.allowedTransitions.includes('OFFERED'));
  const canPlace = canRecord && submission.allowedTransitions.includes('PLACED') && !submission.placement;
  const pl = submission.placement;
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase text-muted-foreground">Offer and placement</h3>
      {offers.length === 0 && !pl && <p className="text-xs text-muted-foreground">No offer yet.</p>}
      {offers.length > 0 && (
        <ul className="mt-1 space-y-1 text-xs" aria-label="Offers">
          {offers.map((o) => (
            <li key={o.id}>
              Offer {rateText(o.rate)}, start {o.startDate}{o.expiresOn && `, stands until ${o.expiresOn}`} · <Badge variant={o.status === 'ACCEPTED' ? 'success' : 'outline'}>{humanize(o.status)}</Badge>
            </li>
          ))}
        </ul>
      )}
      {pl && (
        <p className="mt-1 text-xs" data-testid="placement">
          <Badge variant="success">Placed</Badge> from {pl.startDate}{pl.endDate ? ` to ${pl.endDate}` : ' (open-ended)'}; bill {rateText(pl.billRate)}, pay {rateText(pl.payRate)};
          margin {pl.margin.marginPercent.toFixed(1)} % ({pl.margin.marginHourly.toFixed(2)} {pl.margin.currency}/hour)
        </p>
      )}
      {canOffer && (
        <Opener label={submission.status === 'OFFERED' ? 'Revise the offer' : 'Record an offer'}>
          {(close) => <OfferForm submission={submission} onDone={close} />}
        </Opener>
      )}
      {canPlace && <Opener label="Record the placement">{(close) => <PlacementForm submission={submission} onDone={close} />}</Opener>}
    </div>
  );
}

/** The offered rate (in the submission's bill currency), start date, expiry and notes; the card moves to Offered. */
export function OfferForm({ submission, onDone }: { submission: Submission; onDone?: () => void }) {
  const offer = useMakeOffer(submission.id);
  const [error, setError] = useState<string>();
  const p = `offer-${submission.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const rate = rateOf(f, 'rate')!;
    const expiresOn = text(f, 'expiresOn');
    const notes = text(f, 'notes');
    setError(undefined);
    offer.mutate(
      { rate, startDate: String(f.get('startDate')), ...(expiresOn ? { expiresOn } : {}), ...(notes ? { notes } : {}) },
      { onSuccess: () => { toast.success('Offer recorded'); onDone?.(); }, onError: (err) => setError(refusalText(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record an offer" className="grid grid-cols-2 gap-2 rounded-md border p-2">
      <RateFields prefix={p} name="rate" label="Offered rate" initial={submission.billRate} required />
      <Field id={`${p}-start`} label="Start date">
        <Input id={`${p}-start`} name="startDate" type="date" required className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-expires`} label="Stands until">
        <Input id={`${p}-expires`} name="expiresOn" type="date" className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-notes`} label="Notes" className="col-span-2 space-y-1">
        <Textarea id={`${p}-notes`} name="notes" maxLength={4000} className="min-h-12 text-xs" />
      </Field>
      <div className="col-span-2 space-y-1">
        <Refusal message={error} />
        <Button type="submit" size="sm" disabled={offer.isPending}>Record the offer</Button>
      </div>
    </form>
  );
}

/**
 * Start and end dates, bill and pay rates (empty: the API takes the offer's and the submission's); the
 * card moves to Placed. Below the margin floor an Admin or Owner may go ahead with an audited reason.
 */
export function PlacementForm({ submission, onDone }: { submission: Submission; onDone?: () => void }) {
  const place = usePlace(submission.id);
  const canOverride = useHasRole('Owner', 'Admin');
  const [error, setError] = useState<string>();
  const [belowFloor, setBelowFloor] = useState<ApiProblemException>();
  const [last, setLast] = useState<Schemas['PlacementInput']>();
  const p = `place-${submission.id}`;
  const latest = (submission.offers ?? []).at(-1);
  const send = (input: Schemas['PlacementInput']) => {
    setError(undefined);
    setBelowFloor(undefined);
    setLast(input);
    place.mutate(input, {
      onSuccess: () => { toast.success('Placement recorded'); onDone?.(); },
      onError: (err) => {
        if (err instanceof ApiProblemException && err.slug === 'margin-below-floor') setBelowFloor(err);
        else setError(refusalText(err));
      },
    });
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const startDate = text(f, 'startDate');
    const endDate = text(f, 'endDate');
    const bill = rateOf(f, 'bill');
    const pay = rateOf(f, 'pay');
    send({
      ...(startDate ? { startDate } : {}),
      ...(endDate ? { endDate } : {}),
      ...(bill ? { billRate: { amount: bill.amount, currency: bill.currency, unit: bill.unit } } : {}),
      ...(pay ? { payRate: pay } : {}),
    });
  };
  const override = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = text(new FormData(e.currentTarget), 'override');
    if (reason && last) send({ ...last, override: { marginReason: reason } });
  };
  return (
    <div className="space-y-2">
      <form onSubmit={submit} aria-label="Record the placement" className="grid grid-cols-2 gap-2 rounded-md border p-2">
        <Field id={`${p}-start`} label="Start date">
          <Input id={`${p}-start`} name="startDate" type="date" defaultValue={latest?.startDate} className="h-8 text-xs" />
        </Field>
        <Field id={`${p}-end`} label="End date (empty: open-ended)">
          <Input id={`${p}-end`} name="endDate" type="date" className="h-8 text-xs" />
        </Field>
        <RateFields prefix={p} name="bill" label="Bill rate" initial={latest?.rate ?? submission.billRate} />
        <RateFields prefix={p} name="pay" label="Pay rate" initial={submission.payRate} employment />
        <div className="col-span-2 space-y-1">
          <Refusal message={error} />
          <Button type="submit" size="sm" disabled={place.isPending}>Record the placement</Button>
        </div>
      </form>
      {belowFloor && (
        <div role="alert" className="rounded-md border border-warning p-2 text-xs">
          <p>{belowFloor.problem?.detail ?? belowFloor.message}</p>
          {canOverride ? (
            <form onSubmit={override} className="mt-2 flex flex-wrap items-center gap-2">
              <label htmlFor={`${p}-override`} className="sr-only">Reason for the override</label>
              <Input id={`${p}-override`} name="override" required maxLength={1000} placeholder="Reason for the override (audited)" className="h-8 flex-1 text-xs" />
              <Button type="submit" size="sm" variant="outline">Place below the floor</Button>
            </form>
          ) : (
            <p className="mt-1 text-muted-foreground">Only an Admin or Owner can go below the margin floor.</p>
          )}
        </div>
      )}
    </div>
  );
}

// ----- right to represent ---------------------------------------------------------------------

type VendorChoice = { id: string; name: string };

/** The vendors an RTR can name: the submission's, else those that sent the requirement. */
function vendorChoices(s: Submission): VendorChoice[] {
  if (s.vendorCompanyId) return [{ id: s.vendorCompanyId, name: s.vendorName ?? 'the vendor' }];
  const out = new Map<string, string>();
  for (const v of s.requirementVendors?.vendors ?? []) if (v.vendorCompanyId) out.set(v.vendorCompanyId, v.vendorCompany ?? v.vendorKey);
  return [...out].map(([id, name]) => ({ id, name }));
}

/**
 * The consultant's RTRs for this requirement (valid or why not), a form to record one when none
 * valid covers the submission's vendor, and revocation with a reason.
 */
export function RtrPanel({ submission }: { submission: Submission }) {
  const rtrs = useRtrs(submission.consultantId, submission.requirementId);
  const canRecord = useCanRecord();
  const vendors = vendorChoices(submission);
  const name = (id: string) => vendors.find((v) => v.id === id)?.name ?? (submission.requirementVendors?.vendors ?? []).find((v) => v.vendorCompanyId === id)?.vendorCompany ?? `vendor ${id.slice(-8)}`;
  const items = rtrs.data ?? [];
  const covered = items.some((r) => r.valid && (!submission.vendorCompanyId || r.vendorCompanyId === submission.vendorCompanyId));
  const open = !CLOSED.includes(submission.status);
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase text-muted-foreground">Right to represent</h3>
      {rtrs.isError && <ErrorState error={rtrs.error} retry={() => void rtrs.refetch()} />}
      {rtrs.isSuccess && items.length === 0 && <p className="text-xs text-muted-foreground">None recorded for this requirement.</p>}
      {items.length > 0 && (
        <ul className="mt-1 space-y-2 text-xs" aria-label="RTRs">
          {items.map((r) => (
            <li key={r.id} data-testid="rtr">
              <p>
                <Badge variant={r.valid ? 'success' : 'muted'}>{r.valid ? 'valid' : r.revokedAt ? 'revoked' : 'not valid'}</Badge>{' '}
                {name(r.vendorCompanyId)}{r.rate && `, ${rateText(r.rate)}`}, until <time dateTime={r.expiresAt}>{when(r.expiresAt)}</time>
                {r.id === submission.rtrId && ' · covered the submission'}
              </p>
              {r.revokedAt && <p className="text-muted-foreground">Revoked {when(r.revokedAt)}{r.revokedReason && `: ${r.revokedReason}`}</p>}
              {canRecord && !r.revokedAt && <Opener label="Revoke">{(close) => <RevokeForm rtr={r} onDone={close} />}</Opener>}
            </li>
          ))}
        </ul>
      )}
      {canRecord && open && rtrs.isSuccess && !covered && (
        vendors.length === 0
          ? <p className="text-xs text-muted-foreground">An RTR names the vendor: this submission has none, and no vendor that sent the requirement is a company on record.</p>
          : <Opener label="Record an RTR">{(close) => <RtrForm submission={submission} vendors={vendors} onDone={close} />}</Opener>
      )}
    </div>
  );
}

/** The vendor, the rate consented to (prefilled with the bill rate, which must match it), the expiry and the signed text. */
export function RtrForm({ submission, vendors, onDone }: { submission: Submission; vendors: VendorChoice[]; onDone?: () => void }) {
  const record = useRecordRtr();
  const [error, setError] = useState<string>();
  const p = `rtr-${submission.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const rate = rateOf(f, 'rate');
    const expires = text(f, 'expires');
    const documentName = text(f, 'documentName');
    setError(undefined);
    record.mutate(
      {
        consultantId: submission.consultantId,
        requirementId: submission.requirementId,
        vendorCompanyId: String(f.get('vendor')),
        ...(submission.vendorContactId && submission.vendorCompanyId === String(f.get('vendor')) ? { vendorContactId: submission.vendorContactId } : {}),
        ...(rate ? { rate } : {}),
        ...(expires ? { expiresAt: endOfDay(expires) } : {}),
        ...(documentName ? { documentName } : {}),
        documentText: String(f.get('documentText') ?? '').trim(),
      },
      { onSuccess: () => { toast.success('RTR recorded'); onDone?.(); }, onError: (err) => setError(refusalText(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Record an RTR" className="grid grid-cols-2 gap-2 rounded-md border p-2">
      <Field id={`${p}-vendor`} label="Vendor" className="col-span-2 space-y-1">
        <Select id={`${p}-vendor`} name="vendor" defaultValue={vendors[0]!.id} className="h-8 text-xs">
          {vendors.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
        </Select>
      </Field>
      <RateFields prefix={p} name="rate" label="Rate consented to" initial={submission.billRate} />
      <Field id={`${p}-expires`} label="Expires (empty: in 30 days)">
        <Input id={`${p}-expires`} name="expires" type="date" className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-name`} label="Document name">
        <Input id={`${p}-name`} name="documentName" maxLength={200} className="h-8 text-xs" />
      </Field>
      <Field id={`${p}-text`} label="Signed text" className="col-span-2 space-y-1">
        <Textarea id={`${p}-text`} name="documentText" required maxLength={100000} className="min-h-16 text-xs" placeholder="The text the consultant agreed to" />
      </Field>
      <div className="col-span-2 space-y-1">
        <Refusal message={error} />
        <Button type="submit" size="sm" disabled={record.isPending}>Record the RTR</Button>
      </div>
    </form>
  );
}

export function RevokeForm({ rtr, onDone }: { rtr: Rtr; onDone?: () => void }) {
  const revoke = useRevokeRtr();
  const [error, setError] = useState<string>();
  const id = `revoke-${rtr.id}`;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reason = text(new FormData(e.currentTarget), 'reason');
    if (!reason) return;
    setError(undefined);
    revoke.mutate({ rtr, reason }, { onSuccess: () => { toast.success('RTR revoked'); onDone?.(); }, onError: (err) => setError(refusalText(err)) });
  };
  return (
    <form onSubmit={submit} aria-label="Revoke the RTR" className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">Reason for revoking</label>
        <Input id={id} name="reason" required maxLength={1000} placeholder="Reason for revoking" className="h-8 flex-1 text-xs" />
        <Button type="submit" size="sm" variant="outline" disabled={revoke.isPending}>Revoke the RTR</Button>
      </div>
      <Refusal message={error} />
    </form>
  );
}
