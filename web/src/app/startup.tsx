import { Button } from '@/components/ui/button';

/** Screens shown before the console proper: redirecting, signed out, or a start that failed. */
export function Centered({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex h-full items-center justify-center p-6">
      <div className="max-w-md space-y-3 text-center">{children}</div>
    </main>
  );
}

export function Redirecting() {
  return (
    <Centered>
      <p role="status" className="text-sm text-muted-foreground">Signing you in…</p>
    </Centered>
  );
}

export function SignedOut({ onSignIn }: { onSignIn: () => void }) {
  return (
    <Centered>
      <h1 className="text-lg font-semibold">You are signed out of BenchCRM</h1>
      <Button onClick={onSignIn}>Sign in again</Button>
    </Centered>
  );
}

export function StartupError({ error }: { error: unknown }) {
  return (
    <Centered>
      <h1 className="text-lg font-semibold">The console could not start</h1>
      <p role="alert" className="text-sm text-muted-foreground">{error instanceof Error ? error.message : String(error)}</p>
      <Button variant="outline" onClick={() => window.location.assign('/')}>Try again</Button>
    </Centered>
  );
}
