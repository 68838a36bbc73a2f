import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { toView } from "./stored";

export async function getIntegration(actor: Actor, id: string) {
  assertCan(actor, "integrations.manage");
  const row = await db.integration.findUnique({ where: { id } });
  if (!row) throw AppError.notFound(`integration '${id}'`);
  return toView(row);
}
