import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { Toaster } from '@/components/ui/toaster';
import { TooltipProvider } from '@/components/ui/tooltip';
import { ApiProvider, createApiClient } from '@/lib/api';
import type { Auth, Session } from '@/lib/auth/auth';
import { AuthProvider } from '@/lib/auth/auth-context';
import type { ConsoleConfig } from '@/lib/config';
import { ThemeProvider } from '@/lib/theme';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

/** The signed-in console: one query cache, one API client carrying the user's token, the router. */
export function App({ auth, session, config }: { auth: Auth; session: Session; config: ConsoleConfig }) {
  const queryClient = useMemo(createQueryClient, []);
  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: window.location.origin,
        accessToken: () => auth.accessToken(),
        onUnauthorized: () => auth.handleUnauthorized(),
      }),
    [auth],
  );
  const router = useMemo(createRouter, []);
  const authValue = useMemo(() => ({ auth, session, ingestDomain: config.ingestDomain }), [auth, session, config.ingestDomain]);
  return (
    <ThemeProvider>
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={api}>
          <AuthProvider value={authValue}>
            <TooltipProvider>
              <RouterProvider router={router} />
              <Toaster />
            </TooltipProvider>
          </AuthProvider>
        </ApiProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
