import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getJob } from "./get-job";

/**
 * Cancel a job that has not started. A running job cannot be stopped from outside (its worker
 * may be another process), so cancelling it is refused rather than pretended.
 */
export async function cancelJob(actor: Actor, id: string) {
  assertCan(actor, "jobs.manage");
  const before = await getJob(actor, id);
  if (before.status !== "queued") throw new AppError("conflict", `only queued jobs can be cancelled; this one is ${before.status}`);
  return db.$transaction(async (tx) => {
    // Conditioned on "queued": a worker claiming it at this moment wins, and the cancel says so.
    const { count } = await tx.job.updateMany({ where: { id, status: "queued" }, data: { status: "cancelled", finishedAt: new Date() } });
    if (count === 0) throw new AppError("conflict", "the job was started meanwhile and can no longer be cancelled");
    await recordAudit(tx, actor, {
      action: "job.cancel",
      targetType: "job",
      targetId: id,
      targetLabel: before.type,
      before: { status: "queued", attempts: before.attempts },
      after: { status: "cancelled" },
    });
    return tx.job.findUniqueOrThrow({ where: { id } });
  });
}
