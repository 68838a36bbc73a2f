"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { runForm } from "@/lib/forms";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { retryJob } from "@/lib/jobs/retry-job";
import { runScheduleNow } from "@/lib/jobs/run-schedule-now";

const verbs = { retry: retryJob, cancel: cancelJob, run: runScheduleNow };

async function jobAction(target: string, verb: keyof typeof verbs) {
  const actor = await requirePermission("jobs.manage");
  const state = await runForm(new FormData(), async () => {
    await verbs[verb](actor, target);
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

export async function runScheduleAction(name: string) {
  return jobAction(name, "run");
}
