export { PipelinePage as Component } from '@/features/pipeline/components/pipeline-page';
