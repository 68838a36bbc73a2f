// Replace a portal-managed entity with a new descriptor. Entities read from a repository are
// refused: the next sync would undo the change, so it belongs in the repository.
import "server-only";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { assertMayChangeEntity } from "../entity-access";
import { diffEntity, toEntityRow } from "../entity-row";
import { normalizeRef } from "../refs";
import { saveEntityRow } from "../save-entity-row";
import { getEntity, type EntityDetail } from "./get-entity";
import { validateEntityInput } from "./validate-entity-input";

export async function updateEntity(actor: Actor, ref: string, descriptor: unknown): Promise<EntityDetail> {
  const entity = validateEntityInput(descriptor);
  const key = normalizeRef(ref, { namespace: "default" });
  if (key !== entity.ref) throw new AppError("validation", `the descriptor is ${entity.ref}, not ${ref}: an entity cannot be renamed`, [{ path: "metadata.name", message: "must stay the same" }]);
  await db.$transaction(async (tx) => {
    const existing = await tx.entity.findUnique({ where: { ref: key } });
    if (!existing) throw AppError.notFound(`entity '${ref}'`);
    if (existing.managedBy !== "portal") throw new AppError("conflict", `${key} comes from a repository: edit it in its repository`);
    if (entity.kind === "Group" || entity.kind === "User") await assertMayChangeEntity(tx, actor, [null], "maintainer");
    await assertMayChangeEntity(tx, actor, [existing.ownerRef, toEntityRow(entity).ownerRef]);
    const changes = diffEntity(existing as never, toEntityRow(entity));
    await saveEntityRow(tx, entity, existing.id);
    await recordAudit(tx, actor, {
      action: "entity.update",
      targetType: "entity",
      targetId: existing.id,
      targetLabel: key,
      before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
    });
  });
  return getEntity(actor, key);
}
