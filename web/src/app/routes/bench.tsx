export { BenchPage as Component } from '@/features/bench/components/bench-page';
