// Every job type Flightdeck knows. Adding one: a file in ./definitions and a line here.
import type { z } from "zod";
import type { JobDefinition } from "./define-job";
import { catalogSyncAll } from "./definitions/catalog-sync-all";
import { catalogSyncLocation } from "./definitions/catalog-sync-location";
import { deploymentsLeadTime } from "./definitions/deployments-lead-time";
import { githubWebhook } from "./definitions/github-webhook";
import { pipelinesResyncAll } from "./definitions/pipelines-resync-all";
import { pipelinesResyncRepository } from "./definitions/pipelines-resync-repository";
import { scaffolderRunTask } from "./definitions/scaffolder-run-task";
import { systemCleanup } from "./definitions/system-cleanup";
import { systemNoop } from "./definitions/system-noop";

const definitions = [systemNoop, systemCleanup, githubWebhook, catalogSyncLocation, catalogSyncAll, pipelinesResyncAll, pipelinesResyncRepository, deploymentsLeadTime, scaffolderRunTask] as const;

type Definitions = (typeof definitions)[number];
export type JobType = Definitions["type"];
export type JobPayload<T extends JobType> = z.input<Extract<Definitions, { type: T }>["payload"]>;

const byType: ReadonlyMap<string, JobDefinition> = new Map(definitions.map((d) => [d.type, d as unknown as JobDefinition]));

export function getJobDefinition(type: string): JobDefinition | undefined {
  return byType.get(type);
}

export const jobTypes: readonly JobType[] = definitions.map((d) => d.type);
