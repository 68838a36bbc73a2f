"use client";
// Add or edit a GitHub connection: by token, or as a GitHub App (app id, private key, and the
// installation id or the organisation it is installed on). Secrets are write-only: editing shows
// whether one is set and keeps it when the field is left blank.
import { useActionState, useId, useState } from "react";
import { FormStateMessage, TextField } from "@/components/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { FormState } from "@/lib/forms";
import type { IntegrationView } from "@/lib/integrations/schemas";
import { createIntegrationAction, updateIntegrationAction } from "./actions";

const authLabels = { token: "Personal access token", app: "GitHub App" } as const;

export function IntegrationForm({ integration }: { integration?: IntegrationView }) {
  const editing = Boolean(integration);
  const [state, action, pending] = useActionState(editing ? updateIntegrationAction : createIntegrationAction, { status: "idle" } as FormState);
  const [auth, setAuth] = useState<"token" | "app">(state.values?.auth === "app" ? "app" : (integration?.auth ?? "token"));
  const keyId = useId();
  const authId = useId();
  const kept = (isSet: boolean | undefined) => (editing && isSet ? "Set; leave blank to keep it" : undefined);
  return (
    <form action={action} className="grid gap-4 md:grid-cols-2">
      {integration && <input type="hidden" name="$id" value={integration.id} />}
      <TextField state={state} name="name" label="Name" placeholder="github" defaultValue={integration?.name} required />
      <Field id={authId} label="Connect with">
        <Select name="auth" value={auth} onChange={(e) => setAuth(e.target.value === "app" ? "app" : "token")}>
          {(["token", "app"] as const).map((a) => (
            <option key={a} value={a}>
              {authLabels[a]}
            </option>
          ))}
        </Select>
      </Field>
      <TextField
        state={state}
        name="baseUrl"
        label="API URL"
        placeholder="https://api.github.com"
        defaultValue={integration?.baseUrl}
        hint="GitHub Enterprise Server: https://your-host/api/v3"
      />
      <TextField state={state} name="org" label="Organisation" placeholder="acme" defaultValue={integration?.org ?? ""} hint="The organisation to read repositories from" />
      {auth === "token" ? (
        <TextField state={state} name="token" type="password" label="Token" autoComplete="off" required={!integration?.hasToken} hint={kept(integration?.hasToken) ?? "Scopes: repo, workflow, read:org"} />
      ) : (
        <>
          <TextField state={state} name="appId" label="App ID" inputMode="numeric" defaultValue={integration?.appId ?? undefined} required />
          <TextField state={state} name="installationId" label="Installation ID" inputMode="numeric" defaultValue={integration?.installationId ?? undefined} hint="Or leave blank and give the organisation" />
          <Field id={keyId} label="Private key" hint={kept(integration?.hasPrivateKey) ?? "The .pem file GitHub generated for the App"} error={state.fieldErrors?.privateKey} required={!integration?.hasPrivateKey} className="md:col-span-2">
            <Textarea name="privateKey" rows={5} className="font-mono text-xs" placeholder="-----BEGIN RSA PRIVATE KEY-----" autoComplete="off" />
          </Field>
        </>
      )}
      <TextField state={state} name="webhookSecret" type="password" label="Webhook secret" autoComplete="off" hint={kept(integration?.hasWebhookSecret) ?? "The same secret you enter on GitHub's webhook page (16+ characters)"} />
      <div className="flex items-end md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save changes" : "Add connection"}
        </Button>
      </div>
      <FormStateMessage state={state} className="md:col-span-2" />
    </form>
  );
}
