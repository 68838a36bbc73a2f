// The GitHub events Flightdeck dispatches, each with a schema of the fields handlers rely on.
// The schemas are loose (GitHub adds fields all the time): they refuse a payload that lacks what
// a handler would read, so a malformed delivery fails at the door with a reason instead of
// deep inside a handler.
import type { EmitterWebhookEvent } from "@octokit/webhooks";
import { z } from "zod";

const repository = z.looseObject({ id: z.number(), name: z.string(), full_name: z.string(), owner: z.looseObject({ login: z.string() }) });
const withAction = { action: z.string(), repository };

export const githubEventSchemas = {
  push: z.looseObject({ ref: z.string(), after: z.string(), repository }),
  repository: z.looseObject(withAction),
  workflow_run: z.looseObject({ ...withAction, workflow_run: z.looseObject({ id: z.number(), status: z.string().nullable(), head_sha: z.string() }) }),
  workflow_job: z.looseObject({ ...withAction, workflow_job: z.looseObject({ id: z.number(), run_id: z.number(), status: z.string() }) }),
  deployment: z.looseObject({ ...withAction, deployment: z.looseObject({ id: z.number(), environment: z.string() }) }),
  deployment_status: z.looseObject({ ...withAction, deployment_status: z.looseObject({ state: z.string() }), deployment: z.looseObject({ id: z.number() }) }),
  release: z.looseObject({ ...withAction, release: z.looseObject({ id: z.number(), tag_name: z.string() }) }),
  pull_request: z.looseObject({ ...withAction, number: z.number(), pull_request: z.looseObject({ id: z.number(), state: z.string() }) }),
  create: z.looseObject({ ref: z.string(), ref_type: z.string(), repository }),
  delete: z.looseObject({ ref: z.string(), ref_type: z.string(), repository }),
} as const;

export type GithubEventName = keyof typeof githubEventSchemas;
export const githubEventNames = Object.keys(githubEventSchemas) as GithubEventName[];

export function isGithubEventName(name: string): name is GithubEventName {
  return Object.hasOwn(githubEventSchemas, name);
}

/** A delivery as handlers see it: GitHub's published payload type for the event. */
export type GithubEvent<E extends GithubEventName = GithubEventName> = {
  /** Our WebhookDelivery row id. */
  deliveryId: string;
  /** The integration whose webhook secret verified the delivery. */
  integrationId: string;
  name: E;
  payload: EmitterWebhookEvent<E>["payload"];
};

/** The reason a payload fails its event's schema, in one line, or null when it passes. */
export function payloadProblem(name: GithubEventName, payload: unknown): string | null {
  const result = githubEventSchemas[name].safeParse(payload);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `payload does not match the '${name}' event: ${issue.path.join(".") || "(root)"}: ${issue.message}`;
}
