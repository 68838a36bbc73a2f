"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { runForm } from "@/lib/forms";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { retryJob } from "@/lib/jobs/retry-job";

async function jobAction(id: string, verb: "retry" | "cancel") {
  const actor = await requirePermission("jobs.manage");
  const state = await runForm(new FormData(), async () => {
    await (verb === "retry" ? retryJob(actor, id) : cancelJob(actor, id));
    return { message: "Done." };
  });
  revalidatePath("/settings/jobs");
  return state.status === "error" ? { error: state.message } : undefined;
}

export async function retryJobAction(id: string) {
  return jobAction(id, "retry");
}

export async function cancelJobAction(id: string) {
  return jobAction(id, "cancel");
}
