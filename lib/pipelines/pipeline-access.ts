import "server-only";
// Who may re-run, cancel, dispatch and roll back for an entity: admins and platform engineers,
// and members of the team that owns it. Viewers and read-only tokens never.
import { assertCan, can, type Actor } from "../auth/actor";
import { assertMayChangeEntity } from "../catalog/entity-access";
import { db } from "../db/client";
import { AppError } from "../errors";

export async function assertMayOperate(actor: Actor, entityRef: string | null, what: string): Promise<void> {
  if (can(actor, "teams.manage")) return;
  assertCan(actor, "write");
  const entity = entityRef ? await db.entity.findUnique({ where: { ref: entityRef }, select: { ownerRef: true } }) : null;
  if (!entity?.ownerRef?.startsWith("group:default/")) {
    throw AppError.forbidden(`no team owns ${entityRef ?? "this repository"}: only admins and platform engineers can ${what}`);
  }
  await assertMayChangeEntity(db, actor, [entity.ownerRef], "member");
}

export async function canOperate(actor: Actor, entityRef: string | null): Promise<boolean> {
  try {
    await assertMayOperate(actor, entityRef, "do this");
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") return false;
    throw error;
  }
}
