// Handles one verified GitHub webhook delivery off the request path (see lib/webhooks).
import { z } from "zod";
import "../../webhooks/handlers";
import { processGithubDelivery } from "../../webhooks/process-github-delivery";
import { defineJob } from "../define-job";

export const githubWebhook = defineJob({
  type: "github.webhook",
  payload: z.object({ deliveryRowId: z.string(), integrationId: z.string(), event: z.string(), payload: z.unknown() }),
  maxAttempts: 3,
  run: (payload, ctx) => processGithubDelivery(payload, ctx),
});
