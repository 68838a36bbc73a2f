"use client";
// Per location: "Sync now" (the outcome shows beside it) and "Remove" (asks first, and says the
// entities stay as orphans).
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { removeLocationAction, syncNowAction } from "./actions";

export function LocationActions({ id, label }: { id: string; label: string }) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid justify-items-end gap-1">
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={pending} aria-label={`Sync ${label} now`} onClick={() => start(async () => setResult(await syncNowAction(id)))}>
          {pending ? "Syncing…" : "Sync now"}
        </Button>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" size="sm" aria-label={`Remove ${label}`}>
              Remove
            </Button>
          }
          title="Remove this location?"
          description={`Flightdeck stops reading ${label}. Its entities stay in the catalog as orphans (nothing defines them any more) until a team deletes them or another location defines them again.`}
          confirmLabel="Remove"
          destructive
          onConfirm={removeLocationAction.bind(null, id)}
        />
      </div>
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </div>
  );
}
