import "server-only";
// DORA metrics for an entity, a team (the entities it owns) or the organisation: one query over
// the production deployments in the period, then computeDora. The screen and
// GET /api/v1/metrics/dora both call this, so they always show the same numbers.
import { subDays } from "date-fns";
import type { Actor } from "../auth/actor";
import { normalizeRef } from "../catalog/refs";
import { db as defaultDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { PRODUCTION } from "../deployments/environments";
import { parseEnv } from "../env";
import { computeDora, type DoraMetrics } from "./compute-dora";
import type { DoraQuery } from "./schemas";

export type DoraResult = DoraMetrics & { scope: { kind: "entity" | "team" | "organisation"; name: string; entities: number } };

export function defaultHotfixWindowHours(): number {
  return parseEnv().FLIGHTDECK_DORA_HOTFIX_HOURS;
}

export async function getDoraMetrics(_actor: Actor, query: DoraQuery, client: Db = defaultDb): Promise<DoraResult> {
  const to = query.to ?? new Date();
  const from = query.from ?? subDays(to, 30);
  let scope: DoraResult["scope"];
  let refs: string[] | null = null;
  if (query.entity) {
    const ref = normalizeRef(query.entity, { kind: "component" });
    const entity = ref ? await client.entity.findUnique({ where: { ref }, select: { ref: true } }) : null;
    if (!entity) throw AppError.notFound(`entity '${query.entity}'`);
    refs = [entity.ref];
    scope = { kind: "entity", name: entity.ref, entities: 1 };
  } else if (query.team) {
    const team = await client.team.findUnique({ where: { slug: query.team.toLowerCase() }, select: { slug: true } });
    if (!team) throw AppError.notFound(`team '${query.team}'`);
    refs = (await client.entity.findMany({ where: { ownerRef: `group:default/${team.slug}` }, select: { ref: true } })).map((e) => e.ref);
    scope = { kind: "team", name: team.slug, entities: refs.length };
  } else {
    scope = { kind: "organisation", name: "organisation", entities: 0 };
  }
  const rows = await client.deployment.findMany({
    where: { environment: PRODUCTION, startedAt: { gte: from, lt: to }, ...(refs && { entityRef: { in: refs } }) },
    select: { entityRef: true, status: true, startedAt: true, finishedAt: true, leadTimeSec: true, isHotfix: true },
  });
  if (scope.kind === "organisation") scope.entities = new Set(rows.map((r) => r.entityRef)).size;
  return { scope, ...computeDora(rows, from, to, query.hotfixWindowHours ?? defaultHotfixWindowHours()) };
}
