// Scheduled: refresh the repository → entity map from the catalog's github.com/project-slug
// annotations and queue one pipelines.resync-repository per annotated repository.
import { z } from "zod";
import { refreshRepositoryMap } from "../../pipelines/refresh-repositories";
import { defineJob } from "../define-job";
import { enqueueJob } from "../enqueue-job";

export const pipelinesResyncAll = defineJob({
  type: "pipelines.resync-all",
  payload: z.object({}),
  maxAttempts: 3,
  async run(_payload, { db }) {
    const { repositories } = await refreshRepositoryMap(db);
    for (const repo of new Set(repositories)) await enqueueJob(db, "pipelines.resync-repository", { repo });
    return { enqueued: new Set(repositories).size };
  },
});
