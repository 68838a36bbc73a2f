import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { toView } from "./stored";

export async function listIntegrations(actor: Actor) {
  assertCan(actor, "integrations.manage");
  const rows = await db.integration.findMany({ orderBy: { name: "asc" } });
  return rows.map(toView);
}
