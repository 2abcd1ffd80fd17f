export { InboxPlaceholder as Component } from '@/features/inbox/components/inbox-page';
