import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { ApiProblemException, unwrap, useApi } from '@/lib/api';

/** The API's form of a tag: trimmed, lower case, inner spaces as one hyphen. */
export function normalizeTag(raw: string): string {
  return raw.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * A record's tags: shown as badges; with `canEdit`, each removable and a field to add one. The whole
 * list is sent (`PUT /v1/{consultants|requirements}/{id}/tags`), and the API's normalized list shown.
 */
export function TagEditor({ owner, id, tags, canEdit }: { owner: 'consultant' | 'requirement'; id: string; tags: string[]; canEdit: boolean }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: async (next: string[]) => {
      const options = { params: { path: { id } }, body: { tags: next } };
      return owner === 'consultant'
        ? unwrap(await api.PUT('/v1/consultants/{id}/tags', options))
        : unwrap(await api.PUT('/v1/requirements/{id}/tags', options));
    },
    onSuccess: () => {
      setError(undefined);
      void queryClient.invalidateQueries({ queryKey: [owner, id] });
      void queryClient.invalidateQueries({ queryKey: [`${owner}s`] });
      void queryClient.invalidateQueries({ queryKey: ['timeline', owner, id] });
    },
    onError: (e) => setError(e instanceof ApiProblemException ? [e.problem?.detail ?? e.message, ...e.fieldErrors].join(' ') : String(e)),
  });
  const current = save.data?.tags ?? tags;
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const tag = normalizeTag(String(new FormData(form).get('tag') ?? ''));
    if (!tag || current.includes(tag)) return;
    save.mutate([...current, tag], { onSuccess: () => form.reset() });
  };
  const inputId = `tag-${owner}-${id}`;
  return (
    <div className="flex flex-wrap items-center gap-1" aria-label="Tags" role="group">
      {current.map((t) => (
        <Badge key={t} variant="outline" className="gap-1">
          #{t}
          {canEdit && (
            <button type="button" className="ml-0.5 rounded px-0.5 hover:bg-muted" aria-label={`Remove tag ${t}`} disabled={save.isPending}
              onClick={() => save.mutate(current.filter((x) => x !== t))}>
              ×
            </button>
          )}
        </Badge>
      ))}
      {canEdit && (
        <form onSubmit={add} className="flex items-center gap-1">
          <label htmlFor={inputId} className="sr-only">New tag</label>
          <Input id={inputId} name="tag" placeholder="add tag" maxLength={50} className="h-7 w-28 text-xs" />
          <Button type="submit" size="sm" variant="ghost" className="h-7 px-2" disabled={save.isPending}>Add</Button>
        </form>
      )}
      {error && <p role="alert" className="w-full text-xs text-destructive">{error}</p>}
    </div>
  );
}
