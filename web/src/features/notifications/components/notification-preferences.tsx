import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { ApiProblemException } from '@/lib/api';
import {
  NOTIFICATION_KINDS,
  useNotificationPreferences,
  useSaveNotificationPreferences,
  type NotificationKind,
} from '../api/notifications';

/** Settings, Notifications: what the signed-in user is told, the match threshold, the daily digest. */
export function NotificationPreferencesPanel() {
  const { data, isLoading, isError } = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [kinds, setKinds] = useState<NotificationKind[]>([]);
  const [threshold, setThreshold] = useState('70');
  const [digest, setDigest] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!data) return;
    setKinds(data.kinds);
    setThreshold(String(Math.round(data.matchThreshold * 100)));
    setDigest(data.dailyDigest);
  }, [data]);

  const percent = Number(threshold);
  const thresholdValid = threshold.trim() !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
  const error = save.error instanceof ApiProblemException ? save.error : null;

  return (
    <section id="notifications" aria-labelledby="notifications-heading" className="max-w-xl space-y-3">
      <h2 id="notifications-heading" className="text-base font-semibold">
        Notifications
      </h2>
      {isLoading && <p className="text-sm text-muted-foreground">Loading…</p>}
      {isError && <p className="text-sm text-destructive">Your notification settings could not be loaded.</p>}
      {data && (
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!thresholdValid) return;
            setSaved(false);
            save.mutate(
              { input: { matchThreshold: percent / 100, kinds, dailyDigest: digest }, version: data.version },
              { onSuccess: () => setSaved(true) },
            );
          }}
        >
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Tell me about</legend>
            {NOTIFICATION_KINDS.map(({ kind, label }) => (
              <label key={kind} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={(e) => setKinds((k) => (e.target.checked ? [...k, kind] : k.filter((x) => x !== kind)))}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <div className="space-y-1">
            <label htmlFor="match-threshold" className="text-sm font-medium">
              Lowest match score that notifies me (%)
            </label>
            <Input
              id="match-threshold"
              inputMode="numeric"
              className="w-24"
              value={threshold}
              aria-invalid={!thresholdValid}
              aria-describedby="match-threshold-help"
              onChange={(e) => setThreshold(e.target.value)}
            />
            <p id="match-threshold-help" className={thresholdValid ? 'text-xs text-muted-foreground' : 'text-xs text-destructive'}>
              {thresholdValid ? 'Only for consultants you own.' : 'A whole number from 0 to 100.'}
            </p>
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
            Send me a daily e-mail digest of what I have not read
          </label>
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={!thresholdValid || save.isPending}>
              Save notification settings
            </Button>
            {saved && <span role="status" className="text-sm text-muted-foreground">Saved.</span>}
            {error && (
              <span role="alert" className="text-sm text-destructive">
                {error.status === 412 ? 'Changed elsewhere meanwhile: reload and try again.' : error.message}
              </span>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
