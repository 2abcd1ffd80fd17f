import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { Redirecting, SignedOut, StartupError } from '@/app/startup';
import { Auth } from '@/lib/auth/auth';
import { loadConsoleConfig } from '@/lib/config';
import { applyTheme, readThemeChoice } from '@/lib/theme';
import './index.css';

/**
 * Start: theme first (no flash), then the settings (`/console-config.json`), then the OIDC step
 * this URL is for: the silent-renew iframe, the sign-in callback, the signed-out page, or the
 * console for a signed-in user (else off to sign in).
 */
async function start(root: ReturnType<typeof createRoot>) {
  applyTheme(readThemeChoice());
  const config = await loadConsoleConfig();
  const auth = new Auth(config);
  const path = window.location.pathname;

  if (path === '/auth/silent') {
    await auth.completeSilentRenew();
    return;
  }
  if (path === '/auth/callback') {
    const returnTo = await auth.completeSignIn();
    window.history.replaceState(null, '', returnTo);
  }
  if (path === '/signed-out') {
    root.render(<SignedOut onSignIn={() => void auth.signIn('/')} />);
    return;
  }
  const session = await auth.currentSession();
  if (!session) {
    root.render(<Redirecting />);
    await auth.signIn();
    return;
  }
  root.render(
    <StrictMode>
      <App auth={auth} session={session} config={config} />
    </StrictMode>,
  );
}

const root = createRoot(document.getElementById('root')!);
start(root).catch((e: unknown) => root.render(<StartupError error={e} />));
