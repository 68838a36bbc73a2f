"use client";
import { useActionState } from "react";
import { FormStateMessage, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/forms";
import { addMemberAction, updateTeamAction } from "../actions";

const idle: FormState = { status: "idle" };

export function AddMemberForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(addMemberAction, idle);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
      <input type="hidden" name="$slug" value={slug} />
      <TextField state={state} name="email" type="email" label="Email of the person to add" placeholder="ada@example.com" required />
      <SelectField state={state} name="role" label="Team role" options={["member", "maintainer"]} defaultValue="member" />
      <Button type="submit" disabled={pending} className="sm:mt-6">
        {pending ? "Adding…" : "Add member"}
      </Button>
      <FormStateMessage state={state} className="sm:col-span-3" />
    </form>
  );
}

export function EditTeamForm({ slug, name, description }: { slug: string; name: string; description: string }) {
  const [state, action, pending] = useActionState(updateTeamAction, idle);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="$slug" value={slug} />
      <TextField state={state} name="name" label="Name" defaultValue={name} required />
      <TextField state={state} name="description" label="Description" defaultValue={description} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
      <FormStateMessage state={state} />
    </form>
  );
}
