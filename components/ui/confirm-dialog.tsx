"use client";
import { useState, useTransition, type ReactNode } from "react";
import { Button } from "./button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "./dialog";
import { FormMessage } from "./form-message";

export type ConfirmDialogProps = {
  /** The element that opens the dialog, usually a Button. */
  trigger: ReactNode;
  title: string;
  /** What will happen, concretely: "The environment pr-42 and its database will be deleted." */
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  destructive?: boolean;
  /**
   * Runs on confirm (a server action works). Return { error } to keep the dialog open and show
   * the error; the dialog closes when it resolves otherwise.
   */
  onConfirm: () => Promise<{ error?: string } | void | undefined> | void;
};

export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  destructive = false,
  onConfirm,
}: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    startTransition(async () => {
      const result = await onConfirm();
      if (result && result.error) setError(result.error);
      else setOpen(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!isPending) setOpen(next);
        if (next) setError(null);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description}>
        {error && <FormMessage tone="error">{error}</FormMessage>}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary" disabled={isPending}>
              {cancelLabel}
            </Button>
          </DialogClose>
          <Button variant={destructive ? "danger" : "primary"} onClick={confirm} disabled={isPending} aria-busy={isPending}>
            {isPending ? "Working…" : confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
