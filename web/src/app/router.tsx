import { createBrowserRouter, Navigate, useRouteError, type RouteObject } from 'react-router';
import { AppShell } from '@/components/layout/app-shell';
import { ErrorState } from '@/components/ui/error-state';

function RouteError() {
  const error = useRouteError();
  return (
    <div className="p-4">
      <ErrorState error={error instanceof Error ? error : new Error('This screen failed to load.')} retry={() => window.location.reload()} />
    </div>
  );
}

/** Every screen is its own chunk, loaded when first visited; only the shell is in the initial JavaScript. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/inbox" replace /> },
      {
        path: 'inbox',
        lazy: () => import('./routes/inbox'),
        children: [
          { index: true, lazy: () => import('./routes/inbox-index') },
          { path: ':requirementId', lazy: () => import('./routes/requirement') },
        ],
      },
      {
        path: 'bench',
        lazy: () => import('./routes/bench'),
        children: [
          { index: true, lazy: () => import('./routes/bench-index') },
          { path: ':consultantId', lazy: () => import('./routes/consultant') },
        ],
      },
      {
        path: 'companies',
        lazy: () => import('./routes/companies'),
        children: [
          { index: true, lazy: () => import('./routes/companies-index') },
          { path: ':companyId', lazy: () => import('./routes/company') },
        ],
      },
      { path: 'marketing', lazy: () => import('./routes/marketing') },
      { path: 'audit', lazy: () => import('./routes/audit') },
      { path: 'users', lazy: () => import('./routes/users') },
      { path: 'pipeline', lazy: () => import('./routes/pipeline') },
      { path: 'dashboard', lazy: () => import('./routes/dashboard') },
      { path: 'settings', lazy: () => import('./routes/settings') },
      { path: '*', element: <Navigate to="/inbox" replace /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
