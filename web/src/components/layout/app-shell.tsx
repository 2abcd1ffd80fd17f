import { lazy, Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useAuth } from '@/lib/auth/auth-context';
import { useTheme, type ThemeChoice } from '@/lib/theme';
import { cn } from '@/lib/utils';

const CommandPalette = lazy(() => import('@/features/command-palette/components/command-palette'));

/** The screens; `roles` hides one from users whose role the API would refuse it to. `compact`: also in the phone's bottom bar. */
const NAV: { to: string; label: string; roles?: string[]; compact?: boolean }[] = [
  { to: '/inbox', label: 'Inbox', compact: true },
  { to: '/bench', label: 'Bench', compact: true },
  { to: '/pipeline', label: 'Pipeline', compact: true },
  { to: '/companies', label: 'Companies' },
  { to: '/marketing', label: 'Marketing', roles: ['Owner', 'Admin', 'Recruiter', 'Sales', 'Analyst'] },
  { to: '/dashboard', label: 'Dashboard', roles: ['Owner', 'Admin', 'Recruiter', 'Sales', 'Analyst'], compact: true },
  { to: '/audit', label: 'Audit log', roles: ['Owner', 'Admin', 'Analyst'] },
  { to: '/users', label: 'Users', roles: ['Owner', 'Admin'] },
  { to: '/settings', label: 'Settings', compact: true },
];

/** The frame of every screen: header (palette, theme, user), navigation (side on desktop, bottom on a phone), content. */
export function AppShell() {
  const { auth, session } = useAuth();
  const { choice, setChoice } = useTheme();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [paletteLoaded, setPaletteLoaded] = useState(false);
  const nav = NAV.filter((n) => !n.roles || n.roles.some((r) => session.roles.includes(r)));
  const compact = nav.filter((n) => n.compact);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteLoaded(true);
        setPaletteOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flex h-full flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <header className="flex h-14 shrink-0 items-center gap-2 border-b px-2 sm:gap-3 sm:px-3">
        <span className="text-sm font-semibold tracking-tight sm:text-base">BenchCRM</span>
        <Button
          variant="outline"
          className="ml-1 min-w-0 flex-1 justify-between text-muted-foreground sm:ml-2 sm:max-w-80"
          onClick={() => {
            setPaletteLoaded(true);
            setPaletteOpen(true);
          }}
          aria-keyshortcuts="Control+K Meta+K"
        >
          <span className="truncate">Jump to or search…</span>
          <kbd className="hidden rounded border px-1.5 text-xs sm:inline">Ctrl K</kbd>
        </Button>
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          <NotificationBell />
          <label htmlFor="theme" className="sr-only">Theme</label>
          <Select id="theme" className="h-8 w-auto" value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
            <option value="system">System</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </Select>
          <span className="hidden text-right text-xs leading-tight md:block">
            <span className="block font-medium">{session.displayName}</span>
            <span className="block text-muted-foreground">
              {session.roles.join(', ') || 'no role'}
              {session.tenantSlug && ` · ${session.tenantSlug}`}
            </span>
          </span>
          <Button variant="ghost" size="sm" className="px-2 sm:px-3" onClick={() => void auth.signOut()}>
            Sign out
          </Button>
        </div>
      </header>
      <div className="flex min-h-0 flex-1">
        <nav aria-label="Main" className="hidden w-48 shrink-0 border-r p-2 lg:block">
          <ul className="space-y-1">
            {nav.map((n) => (
              <li key={n.to}>
                <NavLink
                  to={n.to}
                  className={({ isActive }) => cn('block rounded-md px-3 py-2 text-sm hover:bg-muted', isActive && 'bg-accent font-medium text-accent-foreground')}
                >
                  {n.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-h-0 min-w-0 flex-1 pb-14 lg:pb-0">
          <Suspense fallback={<div className="p-4 text-sm text-muted-foreground" role="status">Loading…</div>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <nav aria-label="Main (compact)" className="fixed inset-x-0 bottom-0 z-20 border-t bg-background lg:hidden">
        <ul className="grid" style={{ gridTemplateColumns: `repeat(${compact.length}, minmax(0, 1fr))` }}>
          {compact.map((n) => (
            <li key={n.to}>
              <NavLink
                to={n.to}
                className={({ isActive }) => cn('block py-3 text-center text-xs', isActive ? 'font-semibold text-primary' : 'text-muted-foreground')}
              >
                {n.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {paletteLoaded && (
        <Suspense fallback={null}>
          <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
        </Suspense>
      )}
    </div>
  );
}
