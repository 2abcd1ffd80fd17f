import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { toast } from '@/components/ui/toaster';
import { useApi } from '@/lib/api';
import { cn } from '@/lib/utils';
import { consultantsKey } from '../api/get-consultants';
import { importResume, type ImportOutcome } from '../api/import-resume';
import { runQueue, type QueueState } from '../lib/import-queue';

interface Row {
  name: string;
  state: QueueState<ImportOutcome>;
}

/**
 * Drag-and-drop (or pick) many resumes: each is posted to `POST /v1/consultants/import`, two at a
 * time, with a progress bar over the batch and a result per file (created, updated, or why not).
 */
export function ResumeImport() {
  const api = useApi();
  const queryClient = useQueryClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const done = rows.filter((r) => r.state.state === 'done').length;

  const start = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setRows(files.map((f) => ({ name: f.name, state: { state: 'waiting' } })));
    const results = await runQueue(files, (f) => importResume(api, f), (i, state) =>
      setRows((prev) => prev.map((r, j) => (j === i ? { ...r, state } : r))),
    );
    setBusy(false);
    await queryClient.invalidateQueries({ queryKey: consultantsKey });
    const ok = results.filter((r) => r.status !== 'failed').length;
    if (ok === results.length) toast.success(`Imported ${ok} resume${ok === 1 ? '' : 's'}.`);
    else toast.warning(`Imported ${ok} of ${results.length} resumes; see why the others failed.`);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void start([...e.dataTransfer.files]);
  };

  return (
    <section aria-labelledby={`${inputId}-h`} className="space-y-3">
      <h2 id={`${inputId}-h`} className="text-sm font-semibold">Import resumes</h2>
      <div
        data-testid="resume-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cn('rounded-lg border-2 border-dashed p-6 text-center text-sm', over && 'border-primary bg-accent')}
      >
        <p>Drop resumes here (plain text, PDF, DOCX or RTF; many at once).</p>
        <p className="mt-1 text-muted-foreground">A resume with the e-mail of a consultant you have updates them.</p>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept=".txt,.pdf,.docx,.rtf,text/plain,application/pdf,application/rtf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          className="sr-only"
          onChange={(e) => {
            void start([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <Button variant="outline" size="sm" className="mt-3" disabled={busy} onClick={() => input.current?.click()}>
          Choose files…
        </Button>
      </div>
      {rows.length > 0 && (
        <div className="space-y-2">
          <div className="flex justify-between text-xs text-muted-foreground">
            <span>{busy ? 'Importing…' : 'Done'}</span>
            <span aria-live="polite">{done} of {rows.length} files</span>
          </div>
          <Progress value={done} max={rows.length} label="Resumes imported" />
          <ul className="divide-y rounded-md border text-sm" aria-label="Import results">
            {rows.map((r, i) => (
              <li key={i} className="flex items-start justify-between gap-2 px-3 py-2">
                <span className="min-w-0 truncate">{r.name}</span>
                <RowResult state={r.state} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function RowResult({ state }: { state: QueueState<ImportOutcome> }) {
  if (state.state === 'waiting') return <Badge variant="muted">waiting</Badge>;
  if (state.state === 'running') return <Badge variant="muted">reading…</Badge>;
  const r = state.result;
  if (r.status === 'failed') {
    return <span className="max-w-[60%] text-right text-xs text-destructive">Failed: {r.message}</span>;
  }
  return (
    <span className="flex items-center gap-2">
      <Badge variant="success">{r.status}</Badge>
      <Link to={`/bench/${r.consultant.id}`} className="text-primary hover:underline">
        {r.consultant.fullName}
      </Link>
    </span>
  );
}
