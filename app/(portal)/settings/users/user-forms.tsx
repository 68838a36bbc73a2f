"use client";
import { useActionState, useState, useTransition } from "react";
import { SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { createUserAction, setRoleAction, type CreatedUser } from "./actions";

const roles = ["developer", "platform", "viewer", "admin"] as const;

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, { status: "idle" } as FormState<CreatedUser>);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_2fr_auto] lg:items-start">
      <TextField state={state} name="email" type="email" label="Email" required />
      <TextField state={state} name="name" label="Name" required />
      <SelectField state={state} name="role" label="Role" options={roles} defaultValue="developer" />
      <TextField state={state} name="password" type="password" label="Password" hint="Empty: a temporary password is shown once" autoComplete="new-password" />
      <Button type="submit" disabled={pending} className="lg:mt-6">
        {pending ? "Creating…" : "Create user"}
      </Button>
      <FormMessage tone={state.status === "error" ? "error" : "success"} className="sm:col-span-2 lg:col-span-5">
        {state.message}
        {state.data?.temporaryPassword && (
          <span className="block">
            Temporary password for {state.data.email} (shown once): <code className="font-mono">{state.data.temporaryPassword}</code>
          </span>
        )}
      </FormMessage>
    </form>
  );
}

export function RoleSelect({ userId, role, label, disabled }: { userId: string; role: string; label: string; disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex items-center gap-2">
      <select
        aria-label={label}
        defaultValue={role}
        disabled={disabled || pending}
        className="h-8 rounded-md border border-input bg-card px-2 text-sm"
        onChange={(e) => {
          const next = e.target.value;
          startTransition(async () => setError((await setRoleAction(userId, next))?.error ?? null));
        }}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {error && <span className="text-xs text-danger">{error}</span>}
    </span>
  );
}
