import { NotificationPreferencesPanel } from '@/features/notifications/components/notification-preferences';
import { useHasRole } from '@/lib/auth/auth-context';
import { MarketingSettingsPanel } from '@/features/marketing/components/marketing-settings';
import { WebhooksPanel } from './webhooks-panel';
import { WeightsEditor } from './weights-editor';

export function SettingsPage() {
  const canSeeWebhooks = useHasRole('Owner', 'Admin');
  return (
    <div className="h-full space-y-8 overflow-y-auto p-4">
      <h1 className="text-lg font-semibold">Settings</h1>
      <NotificationPreferencesPanel />
      <WeightsEditor />
      {canSeeWebhooks && <MarketingSettingsPanel />}
      {canSeeWebhooks && <WebhooksPanel />}
    </div>
  );
}
