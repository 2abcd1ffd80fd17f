import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { Textarea } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

/** Asks why a consultant is rejected (the API needs a reason) and hands it to `onReject`. */
export function RejectDialog({
  open,
  onOpenChange,
  consultantName,
  onReject,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  consultantName: string;
  onReject: (reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    onReject(reason.trim());
    setReason('');
    onOpenChange(false);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={`Reject ${consultantName}`}
        description="They drop out of this requirement's later runs. The reason is kept with the decision and feeds their history."
      >
        <form onSubmit={submit} className="space-y-3">
          <div className="space-y-1">
            <Label htmlFor={id}>Reason</Label>
            <Textarea
              id={id}
              required
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              placeholder="e.g. Only wants remote roles"
              autoFocus
            />
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="destructive" disabled={!reason.trim()}>
              Reject
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
