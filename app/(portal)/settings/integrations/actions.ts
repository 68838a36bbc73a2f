"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { runForm, type FormState } from "@/lib/forms";
import { createIntegration } from "@/lib/integrations/create-integration";
import { deleteIntegration } from "@/lib/integrations/delete-integration";
import { testIntegration } from "@/lib/integrations/test-integration";
import { updateIntegration } from "@/lib/integrations/update-integration";

const secretFields = ["token", "privateKey", "webhookSecret"];

// A failed form keeps what was typed, except credentials: they never travel back to the browser.
function withoutSecrets(state: FormState): FormState {
  if (!state.values) return state;
  const values = Object.fromEntries(Object.entries(state.values).filter(([k]) => !secretFields.includes(k)));
  return { ...state, values };
}

function fields(v: Record<string, string>) {
  return {
    name: v.name ?? "",
    baseUrl: v.baseUrl ?? "",
    org: v.org ?? "",
    webhookSecret: v.webhookSecret ?? "",
    token: v.token ?? "",
    appId: v.appId ?? "",
    privateKey: v.privateKey ?? "",
    installationId: v.installationId ?? "",
  };
}

export async function createIntegrationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runForm(formData, async (v) => {
    const f = fields(v);
    const input = v.auth === "app" ? { ...f, auth: "app" as const } : { ...f, auth: "token" as const };
    const created = await createIntegration(actor, input);
    return { message: `Added ${created.name}.` };
  });
  if (state.status === "ok") {
    revalidatePath("/settings/integrations");
    redirect("/settings/integrations");
  }
  return withoutSecrets(state);
}

export async function updateIntegrationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const id = String(formData.get("$id"));
  const state = await runForm(formData, async (v) => {
    const f = fields(v);
    await updateIntegration(actor, id, { ...f, auth: v.auth === "app" ? "app" : "token" });
    revalidatePath("/settings/integrations");
    return { message: "Saved. Test the connection to check it." };
  });
  return withoutSecrets(state);
}

export async function testIntegrationAction(id: string): Promise<{ ok: boolean; message: string }> {
  const actor = await requireActor();
  const state = await runForm<{ ok: boolean; message: string }>(new FormData(), async () => {
    const result = await testIntegration(actor, id);
    return { message: result.message, data: { ok: result.ok, message: result.message } };
  });
  revalidatePath("/settings/integrations");
  return state.data ?? { ok: false, message: state.message ?? "The test failed" };
}

export async function deleteIntegrationAction(id: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await deleteIntegration(actor, id);
    return { message: "Removed." };
  });
  if (state.status === "error") return { error: state.message };
  revalidatePath("/settings/integrations");
}
