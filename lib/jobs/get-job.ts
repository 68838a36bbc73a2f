import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { assertCanViewJobs, jobSummarySelect } from "./list-jobs";

/** One job with its payload and result, for the admin page's detail view. */
export async function getJob(actor: Actor, id: string) {
  assertCanViewJobs(actor);
  const job = await db.job.findUnique({ where: { id }, select: { ...jobSummarySelect, payload: true, result: true } });
  if (!job) throw AppError.notFound(`job '${id}'`);
  return job;
}
