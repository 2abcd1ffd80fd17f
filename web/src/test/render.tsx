import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { TooltipProvider } from '@/components/ui/tooltip';
import { ApiProvider, createApiClient } from '@/lib/api';
import type { Auth, Session } from '@/lib/auth/auth';
import { AuthProvider } from '@/lib/auth/auth-context';
import { ThemeProvider } from '@/lib/theme';

export function testSession(over: Partial<Session> = {}): Session {
  return {
    accessToken: 'test-token',
    subject: 'user-1',
    displayName: 'Riley Recruiter',
    tenantSlug: 'acme',
    roles: ['Admin'],
    ...over,
  };
}

/**
 * Renders a screen with the real providers, the real API client over the given fetch, and a
 * memory router at `path` (the screen mounted at `route`).
 */
export function renderScreen(
  element: ReactElement,
  { fetch, path = '/', route = '/', session = testSession(), onUnauthorized = () => {}, extraRoutes = [] }: {
    fetch: typeof globalThis.fetch;
    path?: string;
    route?: string;
    session?: Session;
    onUnauthorized?: () => void;
    extraRoutes?: RouteObject[];
  },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } } });
  const api = createApiClient({ baseUrl: window.location.origin, accessToken: () => session.accessToken, onUnauthorized, fetch });
  const auth = { signOut: async () => {} } as unknown as Auth;
  const router = createMemoryRouter([{ path: route, element }, ...extraRoutes, { path: '*', element: <p>elsewhere</p> }], { initialEntries: [path] });
  const result = render(
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={api}>
          <AuthProvider value={{ auth, session, ingestDomain: 'ingest.localhost' }}>
            <TooltipProvider>
              <RouterProvider router={router} />
            </TooltipProvider>
          </AuthProvider>
        </ApiProvider>
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, queryClient, router };
}
