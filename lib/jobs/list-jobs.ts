import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { listJobsQuerySchema, type ListJobsQuery } from "./schemas";

/** Jobs carry other teams' payloads and errors, so only admins see the queue (a read token may look). */
export function assertCanViewJobs(actor: Actor) {
  assertCan(actor, "jobs.read");
}

export const jobSummarySelect = {
  id: true,
  type: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  runAt: true,
  lockedBy: true,
  lockedAt: true,
  lastError: true,
  scheduleId: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** Job history, newest first, filtered by status and type; keyset pages on (createdAt, id). */
export async function listJobs(actor: Actor, input: ListJobsQuery = {}) {
  assertCanViewJobs(actor);
  const query = parseInput(listJobsQuerySchema, input, "job list query");
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.job.findMany({
    where: {
      ...(query.status && { status: query.status }),
      ...(query.type && { type: query.type }),
      // A keyset rather than Prisma's cursor: it still works when the cursor's row was cleaned up.
      ...(after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: jobSummarySelect,
  });
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

function encodeCursor(job: { createdAt: Date; id: string }): string {
  return Buffer.from(`${job.createdAt.toISOString()}|${job.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(time ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) {
    throw new AppError("validation", "invalid job list query: cursor: not a cursor from this list", [
      { path: "cursor", message: "not a cursor from this list" },
    ]);
  }
  return { createdAt, id };
}
