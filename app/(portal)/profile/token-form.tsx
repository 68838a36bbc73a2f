"use client";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { createTokenAction, type CreatedToken } from "./actions";

export function CreateTokenForm({ canWrite }: { canWrite: boolean }) {
  const [state, action, pending] = useActionState(createTokenAction, { status: "idle" } as FormState<CreatedToken>);
  return (
    <div className="grid gap-4">
      <form action={action} className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start">
        <TextField state={state} name="name" label="Token name" placeholder="deploy script" required />
        <SelectField state={state} name="scope" label="Scope" options={canWrite ? ["read", "write"] : ["read"]} defaultValue="read" />
        <SelectField state={state} name="expiresInDays" label="Expires after (days)" options={["30", "90", "365", "never"]} defaultValue="90" />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Creating…" : "Create token"}
        </Button>
      </form>
      {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
      {state.status === "ok" && state.data && (
        <FormMessage tone="success">
          <p className="font-medium">Copy the token “{state.data.name}” now: it is shown only once.</p>
          <label htmlFor="new-token" className="sr-only">
            New API token
          </label>
          <input
            id="new-token"
            readOnly
            value={state.data.token}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-2 w-full rounded border border-input bg-card px-2 py-1 font-mono text-xs"
          />
        </FormMessage>
      )}
    </div>
  );
}
