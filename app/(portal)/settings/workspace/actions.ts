"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { runForm } from "@/lib/forms";
import { removeDemoWorkspace } from "@/lib/workspace/demo-workspace";

export async function removeDemoAction() {
  const actor = await requirePermission("workspace.manage");
  const state = await runForm(new FormData(), async () => {
    const removed = await removeDemoWorkspace(actor);
    return { message: `Removed ${removed.teams} teams and ${removed.people} people.` };
  });
  revalidatePath("/", "layout");
  return state.status === "error" ? { error: state.message } : undefined;
}
