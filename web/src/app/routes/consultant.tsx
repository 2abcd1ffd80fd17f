export { ConsultantProfile as Component } from '@/features/bench/components/consultant-profile';
