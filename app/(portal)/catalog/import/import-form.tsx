"use client";
// Paste or upload, preview, then import the same input. The form submits through a
// transition without React's automatic reset, so the chosen files are still there to import
// after the preview; any edit after a preview asks for a new preview first.
import Link from "next/link";
import { startTransition, useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormStateMessage } from "@/components/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms";
import { importAction, type ImportOutcome } from "./actions";
import { ImportResult } from "./import-result";

// The server action takes at most 10 MB (next.config.js); larger catalogs go through the CLI or the REST API.
const MAX_BYTES = 10_000_000;

export function ImportForm() {
  const [state, action, pending] = useActionState(importAction, { status: "idle" } as FormState<ImportOutcome>);
  const [dirty, setDirty] = useState(false);
  const [tooBig, setTooBig] = useState(false);
  const yamlId = useId();
  const filesId = useId();
  const outcome = state.data;
  const toWrite = outcome && !outcome.applied ? outcome.result.summary.created + outcome.result.summary.changed : 0;
  return (
    <form
      action={action}
      onChange={() => setDirty(true)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        const size = [...data.values()].reduce((sum, v) => sum + (typeof v === "string" ? v.length : v.size), 0);
        setTooBig(size > MAX_BYTES);
        if (size > MAX_BYTES) return;
        setDirty(false);
        startTransition(() => action(data));
      }}
      className="grid gap-4"
    >
      <Field id={yamlId} label="YAML" hint="One or more Backstage descriptors separated by ---" error={state.fieldErrors?.yaml}>
        <Textarea name="yaml" rows={14} defaultValue={state.values?.yaml} className="font-mono text-xs" placeholder={"apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: my-service\nspec:\n  type: service\n  lifecycle: production\n  owner: my-team"} />
      </Field>
      <Field id={filesId} label="Or files" hint=".yaml, .yml or a .zip of them (with the files $text points at), up to 10 MB in all" error={state.fieldErrors?.files}>
        <input type="file" name="files" multiple accept=".yaml,.yml,.zip" className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-card file:px-3 file:py-1.5 file:text-sm" />
      </Field>
      {tooBig && <FormMessage tone="error">That is more than 10 MB. Import large catalogs with <code>npm run cli -- catalog import</code> or <code>POST /api/v1/catalog/import</code>.</FormMessage>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="$intent" value="preview" variant={toWrite > 0 && !dirty ? "secondary" : "primary"} disabled={pending}>
          {pending ? "Working…" : "Preview"}
        </Button>
        {toWrite > 0 && !dirty && (
          <Button type="submit" name="$intent" value="apply" disabled={pending}>
            Import {toWrite} {toWrite === 1 ? "entity" : "entities"}
          </Button>
        )}
        {dirty && outcome && !outcome.applied && <span className="text-xs text-muted-foreground">Changed since the preview: preview again to import.</span>}
      </div>
      <FormStateMessage state={state}>
        {outcome?.applied && (
          <> <Link className="underline" href="/catalog">Open the catalog</Link></>
        )}
      </FormStateMessage>
      {outcome && <ImportResult outcome={outcome} />}
    </form>
  );
}
