import * as DialogPrimitive from '@radix-ui/react-dialog';
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useApi, type Schemas } from '@/lib/api';
import { search } from '@/features/bench/api/search';
import { consultantsKey } from '@/features/bench/api/get-consultants';
import { requirementsKey } from '@/features/inbox/api/get-requirements';

type Page<T> = InfiniteData<{ items: T[] }>;
interface Entry {
  kind: 'consultant' | 'requirement';
  id: string;
  title: string;
  subtitle?: string;
}

const PAGES = [
  { label: 'Inbox', to: '/inbox' },
  { label: 'Bench', to: '/bench' },
  { label: 'Audit log', to: '/audit' },
  { label: 'Settings', to: '/settings' },
];

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Names that contain every word typed, case-insensitively. */
export function matchesName(name: string, typed: string): boolean {
  const n = name.toLowerCase();
  return typed.toLowerCase().split(/\s+/).filter(Boolean).every((w) => n.includes(w));
}

/**
 * Command-K: jump to a consultant or requirement by name (from the lists already loaded, at once)
 * or by what they are about (hybrid search as you type), go to a screen, or search the bench.
 */
export default function CommandPalette({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 200);

  const local = useMemo<Entry[]>(() => {
    if (!typed.trim()) return [];
    const consultants = queryClient.getQueryData<Page<Schemas['Consultant']>>(consultantsKey)?.pages.flatMap((p) => p.items) ?? [];
    const requirements = queryClient.getQueryData<Page<Schemas['Requirement']>>(requirementsKey)?.pages.flatMap((p) => p.items) ?? [];
    return [
      ...consultants.filter((c) => matchesName(c.fullName, typed)).slice(0, 5).map((c) => ({ kind: 'consultant' as const, id: c.id, title: c.fullName, subtitle: c.title })),
      ...requirements.filter((r) => matchesName(r.title, typed)).slice(0, 5).map((r) => ({ kind: 'requirement' as const, id: r.id, title: r.title, subtitle: r.clientName })),
    ];
  }, [typed, queryClient]);

  const remote = useQuery({
    queryKey: ['palette', q],
    enabled: open && q.length >= 2,
    queryFn: async ({ signal }) => {
      const [c, r] = await Promise.all([
        search(api, { q, type: 'consultant', limit: 5 }, signal),
        search(api, { q, type: 'requirement', limit: 5 }, signal),
      ]);
      return [...c, ...r].map((h) => ({ kind: h.kind, id: h.id, title: h.title, subtitle: h.subtitle }));
    },
    staleTime: 30_000,
  });

  const entries = useMemo(() => {
    const seen = new Set<string>();
    return [...local, ...(remote.data ?? [])].filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  }, [local, remote.data]);

  const go = (to: string) => {
    onOpenChange(false);
    setTyped('');
    navigate(to);
  };
  const pages = PAGES.filter((p) => !typed || matchesName(p.label, typed));

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-[12vh] z-50 w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border bg-card shadow-xl"
        >
          <DialogPrimitive.Title className="sr-only">Jump to or search</DialogPrimitive.Title>
          <Command shouldFilter={false} label="Jump to or search" loop>
            <Command.Input
              value={typed}
              onValueChange={setTyped}
              placeholder="Jump to a consultant or requirement, or search…"
              className="h-12 w-full border-b bg-transparent px-4 text-sm outline-none placeholder:text-muted-foreground"
            />
            <Command.List className="max-h-[50vh] overflow-y-auto p-2">
              <Command.Empty className="p-4 text-sm text-muted-foreground">{remote.isFetching ? 'Searching…' : 'Nothing found.'}</Command.Empty>
              {typed.trim() && (
                <Command.Group heading="Search" className="text-xs text-muted-foreground">
                  <Item value={`search-bench-${typed}`} onSelect={() => go(`/bench?q=${encodeURIComponent(typed.trim())}`)}>
                    Search the bench for “{typed.trim()}”
                  </Item>
                </Command.Group>
              )}
              {entries.filter((e) => e.kind === 'consultant').length > 0 && (
                <Command.Group heading="Consultants" className="text-xs text-muted-foreground">
                  {entries.filter((e) => e.kind === 'consultant').map((e) => (
                    <Item key={e.id} value={`c-${e.id}`} onSelect={() => go(`/bench/${e.id}`)} subtitle={e.subtitle}>{e.title}</Item>
                  ))}
                </Command.Group>
              )}
              {entries.filter((e) => e.kind === 'requirement').length > 0 && (
                <Command.Group heading="Requirements" className="text-xs text-muted-foreground">
                  {entries.filter((e) => e.kind === 'requirement').map((e) => (
                    <Item key={e.id} value={`r-${e.id}`} onSelect={() => go(`/inbox/${e.id}`)} subtitle={e.subtitle}>{e.title}</Item>
                  ))}
                </Command.Group>
              )}
              {pages.length > 0 && (
                <Command.Group heading="Go to" className="text-xs text-muted-foreground">
                  {pages.map((p) => <Item key={p.to} value={`p-${p.to}`} onSelect={() => go(p.to)}>{p.label}</Item>)}
                </Command.Group>
              )}
            </Command.List>
          </Command>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

function Item({ value, onSelect, children, subtitle }: { value: string; onSelect: () => void; children: React.ReactNode; subtitle?: string }) {
  return (
    <Command.Item
      value={value}
      onSelect={onSelect}
      className="flex cursor-pointer flex-col rounded-md px-3 py-2 text-sm text-foreground data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
    >
      <span>{children}</span>
      {subtitle && <span className="text-xs text-muted-foreground">{subtitle}</span>}
    </Command.Item>
  );
}
