import "server-only";
// The GitHub connections a location may read through, for the locations page's forms: names and
// hosts only (listIntegrations is for admins; platform engineers register locations too).
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { storedConfig } from "../../integrations/stored";
import { webBaseOf } from "./github-url";

export async function listGithubConnections(_actor: Actor) {
  const rows = await db.integration.findMany({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, config: true } });
  return rows.map((r) => ({ id: r.id, name: r.name, webBase: webBaseOf(storedConfig(r).baseUrl), org: storedConfig(r).org ?? null }));
}
