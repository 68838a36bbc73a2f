"use client";
import { useActionState } from "react";
import { TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms";
import { createTeamAction } from "./actions";

export function CreateTeamForm() {
  const [state, action, pending] = useActionState(createTeamAction, { status: "idle" } as FormState);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_2fr_auto] sm:items-start">
      <TextField state={state} name="slug" label="Slug" placeholder="payments" hint="Lowercase, used in URLs and catalog refs" required />
      <TextField state={state} name="name" label="Name" placeholder="Payments" required />
      <TextField state={state} name="description" label="Description" placeholder="What the team looks after" />
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {pending ? "Creating…" : "Create team"}
      </Button>
      <FormMessage tone="error" className="sm:col-span-4">
        {state.status === "error" ? state.message : null}
      </FormMessage>
    </form>
  );
}
