export { CompanyDetail as Component } from '@/features/companies/components/company-detail';
