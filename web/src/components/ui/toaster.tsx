import { Toaster as Sonner } from 'sonner';
import { useTheme } from '@/lib/theme';

export { toast } from 'sonner';

/** Toasts for background work (imports, re-ranks, saves); announced politely to screen readers. */
export function Toaster() {
  const { resolved } = useTheme();
  return <Sonner theme={resolved} position="bottom-right" closeButton />;
}
