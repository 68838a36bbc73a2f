// Re-read one GitHub-fed catalog location (a file URL or an organisation discovery). A GitHub
// outage or rate limit is retried with backoff; any other failure is recorded on the location
// and waits for the next schedule or "Sync now".
import { z } from "zod";
import { syncLocation } from "../../catalog/github/sync-location";
import { AppError } from "../../errors";
import { defineJob } from "../define-job";

export const catalogSyncLocation = defineJob({
  type: "catalog.sync-location",
  payload: z.object({ locationId: z.string().min(1) }),
  maxAttempts: 3,
  async run({ locationId }) {
    const outcome = await syncLocation(locationId);
    if (!outcome) return { skipped: "not a GitHub location" };
    if (!outcome.ok) {
      if (outcome.error.code === "unavailable" || outcome.error.code === "rate_limited") throw new AppError(outcome.error.code, outcome.error.message);
      return { failed: outcome.error.message };
    }
    return { ...outcome.result.summary, orphaned: outcome.result.orphaned, skippedRepos: outcome.skippedRepos.length };
  },
});
