import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/utils';
import { useDismiss, useMarkAllRead, useMarkRead, useNotifications, type Notification } from '../api/notifications';

function when(iso: string): string {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString();
}

/** The header's bell: the unread count, and a panel of the latest notifications (read, dismiss, open the thing). */
/**
 * Where a notification's link goes in the console. Hot-list replies stored before ADR 0103 link to
 * `/hot-lists/<id>`, which is no console route: they open the hot list on the Marketing screen.
 */
export function consoleLink(link: string): string {
  const m = /^\/hot-lists\/([0-9a-f-]{36})$/.exec(link);
  return m ? `/marketing?tab=hot-lists&hotList=${m[1]}` : link;
}

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { data, isError } = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const dismiss = useDismiss();
  const unread = data?.unreadCount ?? 0;
  const items: Notification[] = data?.items ?? [];

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mousedown', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="relative">
      <Button
        ref={button}
        variant="ghost"
        size="sm"
        className="relative px-2"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-expanded={open}
        aria-controls="notifications-panel"
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-4 rounded-full bg-destructive px-1 text-[10px] font-semibold leading-4 text-destructive-foreground">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </Button>
      {open && (
        <div
          ref={panel}
          id="notifications-panel"
          role="region"
          aria-label="Notifications"
          className="absolute right-0 top-10 z-30 w-[min(24rem,90vw)] rounded-md border bg-card p-2 shadow-lg"
        >
          <div className="flex items-center justify-between px-1 pb-2">
            <h2 className="text-sm font-semibold">Notifications</h2>
            <Button variant="ghost" size="sm" disabled={unread === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
              Mark all read
            </Button>
          </div>
          {isError && <p className="px-1 text-sm text-destructive">Notifications could not be loaded.</p>}
          {!isError && items.length === 0 && <p className="px-1 py-4 text-center text-sm text-muted-foreground">Nothing new.</p>}
          <ul className="max-h-96 space-y-1 overflow-y-auto">
            {items.map((n) => (
              <li key={n.id} className={cn('rounded-md border p-2 text-sm', n.unread && 'border-primary/40 bg-accent/40')}>
                <Link
                  to={consoleLink(n.link)}
                  className="font-medium hover:underline"
                  onClick={() => {
                    if (n.unread) markRead.mutate(n.id);
                    setOpen(false);
                  }}
                >
                  {n.unread && <span className="sr-only">Unread: </span>}
                  {n.title}
                </Link>
                {n.body && <p className="mt-0.5 text-muted-foreground">{n.body}</p>}
                <div className="mt-1 flex items-center gap-2 text-xs text-muted-foreground">
                  <span>{when(n.createdAt)}</span>
                  <span className="ml-auto" />
                  {n.unread && (
                    <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => markRead.mutate(n.id)} aria-label={`Mark read: ${n.title}`}>
                      Mark read
                    </Button>
                  )}
                  <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={() => dismiss.mutate(n.id)} aria-label={`Dismiss: ${n.title}`}>
                    Dismiss
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          <div className="pt-2 text-right">
            <Link to="/settings#notifications" className="text-xs text-muted-foreground hover:underline" onClick={() => setOpen(false)}>
              Notification settings
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
