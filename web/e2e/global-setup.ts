import { fileURLToPath as __toPath } from 'node:url';
const __here = __toPath(new URL('.', import.meta.url));
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Starts `./benchcrm demo` (the real embedded stack, the demo tenant loaded through the API) on a
 * free port (never 3000: other stacks run on this machine) with a fresh temporary BENCHCRM_HOME,
 * waits until the demo is loaded, and hands the URL and an Admin token of the demo tenant to the
 * tests through the environment. The returned teardown stops the stack (SIGTERM) and deletes the
 * home. With E2E_BASE_URL and E2E_TOKEN set it uses that stack instead.
 */
const REPO = resolve(__here, '../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.E2E_BASE_URL && process.env.E2E_TOKEN) {
    return async () => {};
  }
  const [port, smtpPort] = [await freePort(), await freePort()];
  const home = mkdtempSync(join(tmpdir(), 'benchcrm-e2e-'));
  const log: string[] = [];
  const stack: ChildProcess = spawn(
    join(REPO, 'benchcrm'),
    ['demo', '--port', String(port), '--smtp-port', String(smtpPort), '--consultants', process.env.E2E_CONSULTANTS ?? '120', '--requirements', process.env.E2E_REQUIREMENTS ?? '53'],
    {
      env: { ...process.env, BENCHCRM_HOME: home, BENCHCRM_SKIP_BUILD: process.env.BENCHCRM_SKIP_BUILD ?? '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: false,
    },
  );
  const output = new Promise<string>((ok, fail) => {
    let text = '';
    // The demo loads a 150-requirement history with its match runs (about 1-2 min on a busy 2-core machine).
    const readySeconds = Number(process.env.E2E_READY_SECONDS ?? '420');
    const timer = setTimeout(() => fail(new Error(`the stack was not ready in ${readySeconds} s:\n${log.join('').slice(-4000)}`)), readySeconds * 1000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      log.push(chunk.toString());
      // The demo prints the token after loading; "Press Ctrl-C" comes before loading, so wait for both.
      const token = /export TOKEN=(\S+)/.exec(text)?.[1];
      if (token && /Webhook deliveries from now on|Press Ctrl-C to stop\. Webhook/.test(text)) {
        clearTimeout(timer);
        ok(token);
      }
    };
    stack.stdout!.on('data', onData);
    stack.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
    stack.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`./benchcrm demo exited with ${code}:\n${log.join('').slice(-4000)}`));
    });
  });
  let token: string;
  try {
    token = await output;
  } catch (e) {
    // Nothing may outlive a failed start: the stack process and its temporary home.
    if (stack.exitCode === null) stack.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
    throw e;
  }
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.E2E_TOKEN = token;
  process.env.E2E_HOME = home;
  mkdirSync(join(__here, '..', 'test-results'), { recursive: true });
  writeFileSync(join(__here, '..', 'test-results', 'e2e-stack.log'), log.join(''));

  return async () => {
    if (stack.exitCode === null) {
      stack.kill('SIGTERM');
      await new Promise<void>((ok) => {
        const t = setTimeout(() => {
          stack.kill('SIGKILL');
          ok();
        }, 20_000);
        stack.on('exit', () => {
          clearTimeout(t);
          ok();
        });
      });
    }
    rmSync(home, { recursive: true, force: true });
  };
}
