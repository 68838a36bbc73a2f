"use client";
// Register a repository file URL, or discover an organisation's catalog files. Both keep what
// was typed when GitHub says no, and show the reason in its words.
import { useActionState, useId } from "react";
import { FormStateMessage, SelectField, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { FormState } from "@/lib/forms";
import { discoverOrgAction, registerUrlAction } from "./actions";

const idle = { status: "idle" } as FormState;

export function RegisterUrlForm({ example }: { example: string }) {
  const [state, action, pending] = useActionState(registerUrlAction, idle);
  return (
    <form action={action} className="grid gap-3">
      <TextField state={state} name="target" label="File URL" placeholder={example} hint="A catalog-info.yaml on GitHub: …/owner/repo/blob/branch/path" required />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Reading…" : "Register"}
        </Button>
      </div>
      <FormStateMessage state={state} />
    </form>
  );
}

export function DiscoverOrgForm({ connections }: { connections: { id: string; name: string; org: string | null }[] }) {
  const [state, action, pending] = useActionState(discoverOrgAction, idle);
  const archivedId = useId();
  const connectionId = useId();
  return (
    <form action={action} className="grid gap-3 md:grid-cols-2">
      <Field id={connectionId} label="GitHub connection" error={state.fieldErrors?.["spec.integrationId"]}>
        <Select name="integrationId" defaultValue={state.values?.integrationId ?? connections[0]?.id}>
          {connections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <TextField state={state} name="org" label="Organisation" placeholder={connections[0]?.org ?? "acme"} defaultValue={connections[0]?.org ?? undefined} required />
      <TextField state={state} name="pathGlob" label="Catalog file paths" defaultValue="catalog-info.yaml" hint="In each repository: a path or a glob (**/catalog-info.yaml), several separated by commas" />
      <TextField state={state} name="namePattern" label="Repository names" placeholder="payments-* or /^svc-/" hint="A glob or a /regular expression/; empty for all" />
      <TextField state={state} name="topic" label="Topic" placeholder="service" hint="Only repositories with this topic" />
      <SelectField state={state} name="visibility" label="Visibility" options={["all", "public", "private"]} defaultValue="all" />
      <div className="flex items-center gap-2 md:col-span-2">
        <input id={archivedId} type="checkbox" name="includeArchived" defaultChecked={state.values?.includeArchived === "on"} className="size-4" />
        <label htmlFor={archivedId} className="text-sm">
          Include archived repositories
        </label>
      </div>
      <div className="md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Discover"}
        </Button>
      </div>
      <FormStateMessage state={state} className="md:col-span-2" />
    </form>
  );
}
