import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { toast } from '@/components/ui/toaster';
import { useHasRole } from '@/lib/auth/auth-context';
import { when } from '@/lib/utils';
import { explainMarketingProblem, useMarketingSettings, useSaveMarketingSettings, type MarketingSettings } from '../api/marketing';

/** The tenant's marketing policy under Settings (Owner, Admin): rates shown or not, postal address, sender, daily cap. */
export function MarketingSettingsPanel() {
  const settings = useMarketingSettings();
  return (
    <section aria-labelledby="mk-h" className="space-y-2">
      <h2 id="mk-h" className="text-base font-semibold">Marketing</h2>
      <p className="text-sm text-muted-foreground">
        What every hot list and outbound mail carries. Without a postal address nothing can be sent.
      </p>
      {settings.isPending && <Skeleton className="h-32" label="Loading the marketing settings" />}
      {settings.isError && <ErrorState error={settings.error} retry={() => void settings.refetch()} />}
      {settings.isSuccess && <MarketingSettingsForm key={settings.data.version} settings={settings.data} />}
    </section>
  );
}

function MarketingSettingsForm({ settings }: { settings: MarketingSettings }) {
  const save = useSaveMarketingSettings();
  const canSave = useHasRole('Owner', 'Admin');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim();
    setError(undefined);
    save.mutate(
      {
        showRate: f.get('showRate') === 'on',
        dailySendCap: Number(f.get('dailySendCap')),
        ...(text('postalAddress') ? { postalAddress: text('postalAddress') } : {}),
        ...(text('senderName') ? { senderName: text('senderName') } : {}),
        ...(text('fromAddress') ? { fromAddress: text('fromAddress') } : {}),
      },
      { onSuccess: () => toast.success('Marketing settings saved'), onError: (err) => setError(explainMarketingProblem(err)) },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Marketing settings" className="grid max-w-2xl gap-3 rounded-md border p-3 sm:grid-cols-2">
      <fieldset disabled={!canSave} className="contents">
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor="mk-postal">Postal address</Label>
          <Input id="mk-postal" name="postalAddress" maxLength={500} defaultValue={settings.postalAddress} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="mk-sender">Sender name</Label>
          <Input id="mk-sender" name="senderName" maxLength={200} defaultValue={settings.senderName} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="mk-from">From address</Label>
          <Input id="mk-from" name="fromAddress" type="email" maxLength={254} defaultValue={settings.fromAddress} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="mk-cap">Daily send cap</Label>
          <Input id="mk-cap" name="dailySendCap" type="number" min={0} max={100000} required defaultValue={settings.dailySendCap} />
        </div>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" name="showRate" defaultChecked={settings.showRate} /> Show rates on hot lists
        </label>
        <div className="flex items-center gap-3 sm:col-span-2">
          {canSave && <Button type="submit" disabled={save.isPending}>Save marketing settings</Button>}
          <span className="text-xs text-muted-foreground">
            {settings.version === 0 ? 'Defaults (never saved)' : `Saved by ${settings.updatedBy}, ${when(settings.updatedAt)}`}
          </span>
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
