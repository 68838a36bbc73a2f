// The schedule's half of catalog freshness (pushes are the other): one catalog.sync-location job
// per GitHub-fed location, so locations sync independently and one failure retries alone.
import { z } from "zod";
import { githubLocationTypes } from "../../catalog/github/sync-location";
import { defineJob } from "../define-job";
import { enqueueJob } from "../enqueue-job";

export const catalogSyncAll = defineJob({
  type: "catalog.sync-all",
  payload: z.object({}),
  maxAttempts: 3,
  async run(_payload, { db }) {
    const locations = await db.location.findMany({ where: { type: { in: [...githubLocationTypes] } }, select: { id: true } });
    for (const l of locations) await enqueueJob(db, "catalog.sync-location", { locationId: l.id });
    return { enqueued: locations.length };
  },
});
