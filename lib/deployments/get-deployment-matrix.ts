import "server-only";
// "What is deployed where": entities (those with any deployment, by name, paged) × configured
// environments, each cell the latest successful deployment's version and time. Staging running
// a different version from production is drift.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { listEnvironments } from "./environments";

export const MATRIX_PAGE = 50;

export type MatrixCell = { version: string | null; status: string; at: Date } | null;
export type MatrixRow = { entityRef: string; cells: Record<string, MatrixCell>; drift: boolean };

export async function getDeploymentMatrix(_actor: Actor, options: { page?: number; q?: string } = {}) {
  const environments = listEnvironments();
  const page = Math.max(1, options.page ?? 1);
  const where = options.q ? { entityRef: { contains: options.q.toLowerCase() } } : {};
  const groups = await db.deployment.groupBy({ by: ["entityRef"], where, orderBy: { entityRef: "asc" }, skip: (page - 1) * MATRIX_PAGE, take: MATRIX_PAGE + 1 });
  const refs = groups.slice(0, MATRIX_PAGE).map((g) => g.entityRef);
  const rows = refs.length
    ? await db.deployment.findMany({
        where: { entityRef: { in: refs }, status: "succeeded" },
        orderBy: { startedAt: "desc" },
        select: { entityRef: true, environment: true, version: true, status: true, startedAt: true, finishedAt: true },
      })
    : [];
  const cells = new Map<string, MatrixCell>();
  for (const r of rows) {
    const key = `${r.entityRef}\u0000${r.environment}`;
    if (!cells.has(key)) cells.set(key, { version: r.version, status: r.status, at: r.finishedAt ?? r.startedAt });
  }
  const matrix: MatrixRow[] = refs.map((entityRef) => {
    const row = Object.fromEntries(environments.map((e) => [e, cells.get(`${entityRef}\u0000${e}`) ?? null]));
    const staging = row.staging?.version;
    const production = row.production?.version;
    return { entityRef, cells: row, drift: !!staging && !!production && staging !== production };
  });
  return { environments, rows: matrix, page, hasMore: groups.length > MATRIX_PAGE };
}
