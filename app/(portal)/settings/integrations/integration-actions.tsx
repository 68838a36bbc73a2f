"use client";
// Test and remove, per connection. The test's outcome is shown in plain words right here.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { deleteIntegrationAction, testIntegrationAction } from "./actions";

export function TestConnectionButton({ id, name }: { id: string; name: string }) {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid gap-2">
      <div>
        <Button variant="secondary" size="sm" disabled={pending} aria-label={`Test ${name}`} onClick={() => start(async () => setResult(await testIntegrationAction(id)))}>
          {pending ? "Testing…" : "Test connection"}
        </Button>
      </div>
      <FormMessage tone={result?.ok ? "success" : "error"}>{result?.message}</FormMessage>
    </div>
  );
}

export function RemoveConnectionButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmDialog
      trigger={
        <Button variant="secondary" size="sm" aria-label={`Remove ${name}`}>
          Remove
        </Button>
      }
      title={`Remove ${name}?`}
      description="Flightdeck stops talking to GitHub through this connection and deletes its stored credentials. Webhooks signed with its secret are refused from now on. Data already synced stays."
      confirmLabel="Remove"
      destructive
      onConfirm={deleteIntegrationAction.bind(null, id)}
    />
  );
}
