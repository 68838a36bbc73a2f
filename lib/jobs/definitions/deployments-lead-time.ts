// Lead time of a successful production deployment, read through the compare API and cached on
// the row. Queued in the transaction that records the success.
import { z } from "zod";
import { computeLeadTime } from "../../deployments/compute-lead-time";
import { defineJob } from "../define-job";

export const deploymentsLeadTime = defineJob({
  type: "deployments.lead-time",
  payload: z.object({ deploymentId: z.string().min(1) }),
  maxAttempts: 3,
  run: ({ deploymentId }, { db }) => computeLeadTime(deploymentId, db),
});
