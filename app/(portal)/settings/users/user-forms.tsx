"use client";
import { useActionState } from "react";
import { FormStateMessage, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms";
import { roleSchema } from "@/lib/users/schemas";
import { createUserAction, type CreatedUser } from "./actions";


export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, { status: "idle" } as FormState<CreatedUser>);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_2fr_auto] lg:items-start">
      <TextField state={state} name="email" type="email" label="Email" required />
      <TextField state={state} name="name" label="Name" required />
      <SelectField state={state} name="role" label="Role" options={roleSchema.options} defaultValue="developer" />
      <TextField state={state} name="password" type="password" label="Password" hint="Empty: a temporary password is shown once" autoComplete="new-password" />
      <Button type="submit" disabled={pending} className="lg:mt-6">
        {pending ? "Creating…" : "Create user"}
      </Button>
      <FormStateMessage state={state} className="sm:col-span-2 lg:col-span-5">
        {state.data?.temporaryPassword && (
          <span className="block">
            Temporary password for {state.data.email} (shown once): <code className="font-mono">{state.data.temporaryPassword}</code>
          </span>
        )}
      </FormStateMessage>
    </form>
  );
}
