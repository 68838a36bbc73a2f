// Re-read one repository's recent workflow runs and jobs; repairs whatever webhooks missed.
import { z } from "zod";
import { resyncRepository } from "../../pipelines/resync-repository";
import { defineJob } from "../define-job";

export const pipelinesResyncRepository = defineJob({
  type: "pipelines.resync-repository",
  payload: z.object({ repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/) }),
  maxAttempts: 3,
  run: ({ repo }, { db }) => resyncRepository(repo, db),
});
