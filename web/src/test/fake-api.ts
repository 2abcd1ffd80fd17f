/**
 * A fetch that answers like the API, by method and path, and records every call: the tests mock at
 * the fetch level, so the real client, middleware and hooks run.
 *
 * ```ts
 * const api = fakeApi({ 'GET /v1/requirements': { items: [] } });
 * render(<Screen />, { fetch: api.fetch });
 * expect(api.calls('POST /v1/recommendations/:id/feedback')[0].body).toEqual({...});
 * ```
 */
export type Handler = Response | object | ((req: RecordedCall) => unknown);

export interface RecordedCall {
  method: string;
  path: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  rawBody?: Blob;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function problem(status: number, slug: string, detail = slug): Response {
  return new Response(
    JSON.stringify({ type: `https://benchcrm.dev/problems/${slug}`, title: slug, status, detail, instance: '/', traceId: 't-1' }),
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

function compile(route: string): { method: string; re: RegExp; names: string[] } {
  const [method, path] = route.split(' ') as [string, string];
  const names: string[] = [];
  const re = new RegExp(`^${path.replace(/:([a-zA-Z]+)/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
  return { method, re, names };
}

export function fakeApi(routes: Record<string, Handler>) {
  const table = Object.entries(routes).map(([route, handler]) => ({ route, handler, ...compile(route) }));
  const log: RecordedCall[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const entry = table.find((t) => t.method === request.method && t.re.test(url.pathname));
    const contentType = request.headers.get('content-type') ?? '';
    let body: unknown;
    let rawBody: Blob | undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      rawBody = await request.blob();
      body = contentType.includes('json') ? JSON.parse((await rawBody.text()) || 'null') : undefined;
    }
    const m = entry ? url.pathname.match(entry.re) : null;
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname,
      route: entry?.route ?? `${request.method} ${url.pathname}`,
      params: Object.fromEntries((entry?.names ?? []).map((n, i) => [n, decodeURIComponent(m?.[i + 1] ?? '')])),
      query: url.searchParams,
      headers: request.headers,
      body,
      rawBody,
    };
    log.push(call);
    if (!entry) return problem(404, 'not-found', `no fake for ${call.route}`);
    const out = typeof entry.handler === 'function' ? await (entry.handler as (r: RecordedCall) => unknown)(call) : entry.handler;
    return out instanceof Response ? out : json(out);
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    calls: (route?: string) => (route ? log.filter((c) => c.route === route) : [...log]),
  };
}
