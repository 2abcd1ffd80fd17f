import { QueryClient } from '@tanstack/react-query';
import { ApiProblemException } from '@/lib/api';

/** Retries network failures and 5xx twice; a 4xx (including 401, which signs in again) is final. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (count, error) => count < 2 && !(error instanceof ApiProblemException && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
