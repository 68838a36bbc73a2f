"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { createLocation } from "@/lib/catalog/locations/create-location";
import { deleteLocation } from "@/lib/catalog/locations/delete-location";
import { syncLocationNow } from "@/lib/catalog/locations/refresh-location";
import { runForm, type FormState } from "@/lib/forms";

export async function registerUrlAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runForm(formData, async (v) => {
    const location = await createLocation(actor, { type: "url", target: v.target ?? "" });
    return { message: `Registered: ${location.entityCount} entit${location.entityCount === 1 ? "y" : "ies"} read.` };
  });
  if (state.status === "ok") revalidatePath("/locations");
  return state;
}

export async function discoverOrgAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runForm(formData, async (v) => {
    const spec = {
      integrationId: v.integrationId || undefined,
      pathGlob: v.pathGlob || undefined,
      namePattern: v.namePattern || undefined,
      topic: v.topic || undefined,
      visibility: (v.visibility || "all") as "all" | "public" | "private",
      includeArchived: v.includeArchived === "on",
    };
    await createLocation(actor, { type: "github-discovery", target: v.org ?? "", spec });
    return { message: `Discovering ${v.org}: its repositories are being read now.` };
  });
  if (state.status === "ok") revalidatePath("/locations");
  return state;
}

export async function syncNowAction(id: string): Promise<{ ok: boolean; message: string }> {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    const s = await syncLocationNow(actor, id);
    return { message: `Synced: ${s.created} created, ${s.changed} changed, ${s.unchanged} unchanged${s.errors ? `, ${s.errors} rejected` : ""}.` };
  });
  revalidatePath("/locations");
  return { ok: state.status === "ok", message: state.message ?? "" };
}

export async function removeLocationAction(id: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await deleteLocation(actor, id);
    return { message: "Removed." };
  });
  if (state.status === "error") return { error: state.message };
  revalidatePath("/locations");
}
