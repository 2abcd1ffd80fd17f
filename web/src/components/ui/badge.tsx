import type { HTMLAttributes } from 'react';
import { cn } from '@/lib/utils';

const variants = {
  default: 'bg-accent text-accent-foreground',
  outline: 'border border-border text-foreground',
  muted: 'bg-muted text-muted-foreground',
  warning: 'border border-warning text-warning',
  destructive: 'border border-destructive text-destructive',
  success: 'border border-success text-success',
} as const;

export function Badge({ className, variant = 'default', ...props }: HTMLAttributes<HTMLSpanElement> & { variant?: keyof typeof variants }) {
  return (
    <span
      className={cn('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium', variants[variant], className)}
      {...props}
    />
  );
}
