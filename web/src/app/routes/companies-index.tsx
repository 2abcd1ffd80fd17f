export { CompaniesIndex as Component } from '@/features/companies/components/companies-page';
