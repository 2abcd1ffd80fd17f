export { UsersPage as Component } from '@/features/users/components/users-page';
