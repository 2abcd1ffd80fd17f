import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type Schemas } from '@/lib/api';

export type Webhook = Schemas['Webhook'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

/** `GET /v1/webhooks` (Owner, Admin). */
export function useWebhooks() {
  const api = useApi();
  return useQuery({
    queryKey: ['webhooks'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/v1/webhooks', { params: { query: { limit: 100 } }, signal })).items,
  });
}

/** `GET /v1/webhooks/{id}/deliveries`: the delivery log, newest first, each with its attempts. */
export function useWebhookDeliveries(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['webhook-deliveries', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: id! }, query: { limit: 50 } }, signal })).items,
    enabled: !!id,
    refetchInterval: 10_000,
  });
}
