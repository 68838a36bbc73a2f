"use client";
import { useActionState } from "react";
import { FormStateMessage, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms";
import { changePasswordAction, updateProfileAction } from "./actions";

const idle: FormState = { status: "idle" };

export function ProfileForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateProfileAction, idle);
  return (
    <form action={action} className="grid gap-3">
      <TextField state={state} name="name" label="Display name" defaultValue={name} required autoComplete="name" />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </Button>
      </div>
      <FormStateMessage state={state} />
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} className="grid gap-3">
      <TextField state={state} name="currentPassword" type="password" label="Current password" autoComplete="current-password" required />
      <TextField state={state} name="newPassword" type="password" label="New password" hint="At least 12 characters" autoComplete="new-password" required />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </div>
      <FormStateMessage state={state} />
    </form>
  );
}
