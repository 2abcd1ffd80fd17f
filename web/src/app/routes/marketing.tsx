export { MarketingPage as Component } from '@/features/marketing/components/marketing-page';
