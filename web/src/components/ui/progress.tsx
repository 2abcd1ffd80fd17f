import { cn } from '@/lib/utils';

/** A determinate progress bar (`role="progressbar"` with its value), e.g. files imported of files dropped. */
export function Progress({ value, max = 100, label, className }: { value: number; max?: number; label: string; className?: string }) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-bar-track', className)}
    >
      <div className="h-full bg-bar transition-[width]" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
