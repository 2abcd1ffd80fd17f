export { CompaniesPage as Component } from '@/features/companies/components/companies-page';
