import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { getJob } from "./get-job";

const retryable = ["failed", "cancelled"] as const;

/** Queue a failed or cancelled job again with a fresh set of attempts. */
export async function retryJob(actor: Actor, id: string) {
  assertCan(actor, "jobs.manage");
  const before = await getJob(actor, id);
  if (!(retryable as readonly string[]).includes(before.status)) {
    throw new AppError("conflict", `only failed or cancelled jobs can be retried; this one is ${before.status}`);
  }
  return db.$transaction(async (tx) => {
    // Conditioned on the status read above: a concurrent retry or cancel makes this a no-op.
    // It is also the transaction's first statement, so SQLite starts it as a writer.
    const { count } = await tx.job.updateMany({
      where: { id, status: before.status },
      data: { status: "queued", attempts: 0, runAt: new Date(), lastError: null, lockedBy: null, lockedAt: null, startedAt: null, finishedAt: null },
    });
    if (count === 0) throw new AppError("conflict", "the job changed meanwhile; reload and try again");
    await recordAudit(tx, actor, {
      action: "job.retry",
      targetType: "job",
      targetId: id,
      targetLabel: before.type,
      before: { status: before.status, attempts: before.attempts, lastError: before.lastError },
      after: { status: "queued", attempts: 0 },
    });
    return tx.job.findUniqueOrThrow({ where: { id } });
  });
}
