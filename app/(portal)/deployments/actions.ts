"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { rollbackDeployment } from "@/lib/deployments/rollback-deployment";
import { runForm } from "@/lib/forms";

/** Rollback from the entity's Deployments tab (confirmed in a dialog first). */
export async function rollbackAction(entity: string, environment: string, path: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    const r = await rollbackDeployment(actor, { entity, environment });
    return { message: `Rolling back ${environment} to ${r.to}` };
  });
  if (state.status === "error") return { error: state.message ?? "the rollback failed" };
  revalidatePath(path);
  return undefined;
}
