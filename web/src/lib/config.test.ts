import { describe, expect, it } from 'vitest';
import { json } from '@/test/fake-api';
import { ConsoleConfigException, loadConsoleConfig, parseConsoleConfig } from './config';

describe('console config', () => {
  it('reads /console-config.json from its own origin', async () => {
    let asked = '';
    const config = await loadConsoleConfig(async (input) => {
      asked = String(input);
      return json({ authority: 'http://127.0.0.1:3000/oidc', clientId: 'benchcrm-console', scope: 'openid profile email', ingestDomain: 'ingest.localhost' });
    });
    expect(asked).toBe('http://127.0.0.1:3000/console-config.json');
    expect(config).toEqual({ authority: 'http://127.0.0.1:3000/oidc', clientId: 'benchcrm-console', scope: 'openid profile email', ingestDomain: 'ingest.localhost' });
  });

  it('defaults scope and ingest domain', () => {
    expect(parseConsoleConfig({ authority: 'https://id.example', clientId: 'c' })).toMatchObject({ scope: 'openid profile email', ingestDomain: 'ingest.localhost' });
  });

  it("keeps Cognito's endSessionEndpoint when it is an http(s) URL, and drops anything else", () => {
    const base = { authority: 'https://id.example', clientId: 'c' };
    expect(parseConsoleConfig({ ...base, endSessionEndpoint: 'https://x.auth.us-east-1.amazoncognito.com/logout' }).endSessionEndpoint)
      .toBe('https://x.auth.us-east-1.amazoncognito.com/logout');
    expect(parseConsoleConfig({ ...base, endSessionEndpoint: 'javascript:alert(1)' }).endSessionEndpoint).toBeUndefined();
    expect(parseConsoleConfig(base)).not.toHaveProperty('endSessionEndpoint');
  });

  it('refuses settings without authority or client id, saying which', () => {
    expect(() => parseConsoleConfig({ clientId: 'c' })).toThrow(/authority/);
    expect(() => parseConsoleConfig('x')).toThrow(ConsoleConfigException);
  });

  it('says what the server answered when the file is missing', async () => {
    await expect(loadConsoleConfig(async () => new Response('nope', { status: 404 }))).rejects.toThrow(/404/);
  });
});
