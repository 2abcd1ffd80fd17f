export { RequirementDetail as Component } from '@/features/requirements/components/requirement-detail';
