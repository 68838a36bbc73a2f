import "server-only";
// "Sync now": queue a re-read of a GitHub-fed location. The job runs at once when this process
// has a worker (lib/jobs/wake.ts); the page shows the outcome on the location's status.
import { assertCan, type Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { githubLocationTypes, syncLocation } from "../github/sync-location";
import { enqueueJob } from "../../jobs/enqueue-job";

export async function refreshLocation(actor: Actor, id: string) {
  assertCan(actor, "catalog.locations");
  const location = await db.location.findUnique({ where: { id }, select: { type: true } });
  if (!location) throw AppError.notFound(`location '${id}'`);
  if (!(githubLocationTypes as readonly string[]).includes(location.type)) {
    throw new AppError("validation", "an upload location changes only when its file is uploaded again");
  }
  const job = await enqueueJob(db, "catalog.sync-location", { locationId: id });
  return { jobId: job.id };
}

/** "Sync now" on the page: re-read at once and report the outcome in the same answer. */
export async function syncLocationNow(actor: Actor, id: string) {
  assertCan(actor, "catalog.locations");
  const outcome = await syncLocation(id);
  if (!outcome) throw new AppError("validation", "an upload location changes only when its file is uploaded again");
  if (!outcome.ok) throw outcome.error;
  return outcome.result.summary;
}
