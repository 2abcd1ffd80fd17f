import { Toaster as Sonner } from 'sonner';
import { useTheme } from '@/lib/theme';

export { toast } from 'sonner';

/**
 * Toasts for background work (imports, re-ranks, saves); announced politely to screen readers. Expanded:
 * two toasts in a row ("Draft created", then "Approved") are both shown in full, not one faded behind the
 * other (a collapsed stack fails colour contrast).
 */
export function Toaster() {
  const { resolved } = useTheme();
  return <Sonner theme={resolved} position="bottom-right" closeButton expand />;
}
