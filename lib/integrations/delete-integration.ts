import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { forgetConnection } from "./github/connect";

/** Removes the connection and its sealed secrets; recorded webhook deliveries stay as history. */
export async function deleteIntegration(actor: Actor, id: string) {
  assertCan(actor, "integrations.manage");
  await db.$transaction(async (tx) => {
    const row = await tx.integration.findUnique({ where: { id } });
    if (!row) throw AppError.notFound(`integration '${id}'`);
    await tx.integration.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "integration.delete", targetType: "integration", targetId: id, targetLabel: row.name, before: { kind: row.kind, name: row.name, config: row.config } });
  });
  forgetConnection(id);
}
