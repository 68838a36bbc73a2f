"use client";
// The create/edit form of one kind. Inputs are named by descriptor path, so a server error for
// "spec.owner" shows under Owner, and a failed submit comes back with everything typed.
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms";
import { createEntityAction, updateEntityAction } from "./actions";
import { specFields, type FormKind, type SpecField } from "./entity-form-spec";

type Props = {
  kind: FormKind;
  /** Team slugs for the owner select. */
  teams: { slug: string; name: string }[];
  initial?: Record<string, string>;
  /** Set when editing: the entity's ref; name and namespace cannot change. */
  editRef?: string;
};

function TextInput({ state, name, label, hint, required, readOnly, initial, textarea }: { state: FormState; name: string; label: string; hint?: string; required?: boolean; readOnly?: boolean; initial?: Record<string, string>; textarea?: boolean }) {
  const id = useId();
  const value = state.values?.[name] ?? initial?.[name];
  return (
    <Field id={id} label={label} hint={hint} error={state.fieldErrors?.[name]} required={required}>
      {textarea ? <Textarea name={name} defaultValue={value} rows={name === "spec.definition" ? 14 : 3} className="font-mono text-xs" /> : <Input name={name} defaultValue={value} readOnly={readOnly} />}
    </Field>
  );
}

export function EntityForm({ kind, teams, initial, editRef }: Props) {
  const [state, action, pending] = useActionState(editRef ? updateEntityAction : createEntityAction, { status: "idle" } as FormState);
  const ownerId = useId();
  const owner = state.values?.["spec.owner"] ?? initial?.["spec.owner"] ?? "";
  // An owner that is not a team (a user, another namespace) stays selectable on edit.
  const owners = teams.some((t) => t.slug === owner) || !owner ? teams : [{ slug: owner, name: owner }, ...teams];
  const field = (f: SpecField) => <TextInput key={f.key} state={state} name={`spec.${f.key}`} label={f.label} hint={f.hint} required={f.required} initial={initial} textarea={f.textarea} />;
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="$kind" value={kind} />
      {editRef && <input type="hidden" name="$ref" value={editRef} />}
      <FormMessage tone="error">{state.status === "error" ? state.message : null}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput state={state} name="metadata.name" label="Name" hint="letters, digits and - _ . ; used in refs and URLs" required readOnly={!!editRef} initial={initial} />
        <TextInput state={state} name="metadata.namespace" label="Namespace" hint="usually default" readOnly={!!editRef} initial={initial ?? { "metadata.namespace": "default" }} />
        <TextInput state={state} name="metadata.title" label="Title" hint="a display name" initial={initial} />
        <Field id={ownerId} label="Owner" hint="the team that owns it" error={state.fieldErrors?.["spec.owner"]} required>
          {/* Keyed by the value: React's reset after a failed submit would otherwise go back to the first render's option. */}
          <Select key={owner} name="spec.owner" defaultValue={owner}>
            <option value="">Pick a team</option>
            {owners.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <TextInput state={state} name="metadata.description" label="Description" initial={initial} textarea />
      <div className="grid gap-4 sm:grid-cols-2">{specFields[kind].filter((f) => !f.textarea).map(field)}</div>
      {specFields[kind].filter((f) => f.textarea).map(field)}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput state={state} name="metadata.tags" label="Tags" hint="lowercase, comma-separated: java, pci" initial={initial} />
        <TextInput state={state} name="metadata.links" label="Links" hint="one per line: the URL, then a title" initial={initial} textarea />
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editRef ? "Save changes" : `Create ${kind}`}
        </Button>
      </div>
    </form>
  );
}
