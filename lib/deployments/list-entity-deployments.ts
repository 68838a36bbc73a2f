import "server-only";
// An entity's deployment history per environment (newest first), what each environment runs
// now, and what a rollback there would bring back.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { normalizeRef } from "../catalog/refs";
import { listEnvironments } from "./environments";
import type { DeploymentView } from "./schemas";
import { toDeploymentView } from "./view";

export async function listEntityDeployments(_actor: Actor, entity: string, options: { environment?: string; take?: number } = {}) {
  const ref = normalizeRef(entity, { kind: "component" });
  const found = ref ? await db.entity.findUnique({ where: { ref }, select: { ref: true } }) : null;
  if (!found) throw AppError.notFound(`entity '${entity}'`);
  const environments = listEnvironments().filter((e) => !options.environment || e === options.environment);
  const take = options.take ?? 20;
  const byEnvironment = await Promise.all(
    environments.map(async (environment) => {
      const rows = await db.deployment.findMany({ where: { entityRef: found.ref, environment }, orderBy: { startedAt: "desc" }, take });
      const items = rows.map(toDeploymentView);
      const successes = items.filter((d) => d.status === "succeeded" && d.version);
      const current = successes[0] ?? null;
      const previous = successes.find((d) => d.version !== current?.version) ?? null;
      return { environment, items, current, rollbackTo: previous?.version ?? null };
    }),
  );
  return { entityRef: found.ref, environments: byEnvironment } satisfies { entityRef: string; environments: { environment: string; items: DeploymentView[]; current: DeploymentView | null; rollbackTo: string | null }[] };
}
