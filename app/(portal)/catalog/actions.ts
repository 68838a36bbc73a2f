"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { entityHref } from "@/components/catalog/entity-href";
import { requireActor } from "@/lib/auth/session";
import { createEntity } from "@/lib/catalog/query/create-entity";
import { deleteEntity } from "@/lib/catalog/query/delete-entity";
import { getEntity } from "@/lib/catalog/query/get-entity";
import { updateEntity } from "@/lib/catalog/query/update-entity";
import { AppError } from "@/lib/errors";
import { runForm, type FormState } from "@/lib/forms";
import { descriptorFromForm, fieldKey, formKinds, isFormKind } from "./entity-form-spec";

/** Bound to the entity's ref on its page; the domain refuses live repository entities itself. */
export async function deleteEntityAction(ref: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await deleteEntity(actor, ref);
    return { message: "Deleted." };
  });
  if (state.status === "error") return { error: state.message };
  revalidatePath("/catalog");
  redirect("/catalog");
}

function onFields(state: FormState): FormState {
  if (!state.fieldErrors) return state;
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(state.fieldErrors)) fieldErrors[fieldKey(path)] ??= message;
  return { ...state, fieldErrors };
}

/** Create from the per-kind form; on success, open the new entity. */
export async function createEntityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const kind = String(formData.get("$kind"));
  let href = "";
  const state = await runForm(formData, async (values) => {
    if (!isFormKind(kind)) throw new AppError("validation", `pick a kind: ${formKinds.join(", ")}`);
    const created = await createEntity(actor, descriptorFromForm(kind, values));
    href = entityHref({ kind: created.kind, namespace: created.metadata.namespace, name: created.metadata.name });
    return { message: "Created." };
  });
  if (state.status === "ok") {
    revalidatePath("/catalog");
    redirect(href);
  }
  return onFields(state);
}

/** Save the edit form over the stored descriptor (fields the form does not show are kept). */
export async function updateEntityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const ref = String(formData.get("$ref"));
  let href = "";
  const state = await runForm(formData, async (values) => {
    const current = await getEntity(actor, ref);
    if (!isFormKind(current.kind)) throw new AppError("validation", `${current.kind} entities are edited as YAML (import)`);
    const { relations: _relations, flightdeck: _fd, ...base } = current;
    const updated = await updateEntity(actor, ref, descriptorFromForm(current.kind, values, base));
    href = entityHref({ kind: updated.kind, namespace: updated.metadata.namespace, name: updated.metadata.name });
    return { message: "Saved." };
  });
  if (state.status === "ok") {
    revalidatePath(href);
    redirect(href);
  }
  return onFields(state);
}
