// Register an entity in the portal from a descriptor (the "Register" form and POST
// /api/v1/entities). It is portal-managed: editable here, exported with the catalog.
import "server-only";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { assertMayChangeEntity } from "../entity-access";
import { toEntityRow } from "../entity-row";
import { saveEntityRow } from "../save-entity-row";
import { getEntity, type EntityDetail } from "./get-entity";
import { validateEntityInput } from "./validate-entity-input";

export async function createEntity(actor: Actor, descriptor: unknown): Promise<EntityDetail> {
  const entity = validateEntityInput(descriptor);
  await db.$transaction(async (tx) => {
    if (entity.kind === "Group" || entity.kind === "User") await assertMayChangeEntity(tx, actor, [null], "maintainer");
    await assertMayChangeEntity(tx, actor, [toEntityRow(entity).ownerRef]);
    if (await tx.entity.findUnique({ where: { ref: entity.ref }, select: { id: true } })) {
      throw new AppError("conflict", `${entity.ref} already exists`, [{ path: "metadata.name", message: "already in the catalog" }]);
    }
    const { id, row } = await saveEntityRow(tx, entity, null);
    await recordAudit(tx, actor, { action: "entity.create", targetType: "entity", targetId: id, targetLabel: entity.ref, after: row });
  });
  return getEntity(actor, entity.ref);
}
