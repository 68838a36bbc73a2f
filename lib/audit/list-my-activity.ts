import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** The actor's own latest changes, for the home page; anyone may see what they did. */
export async function listMyActivity(actor: Actor, take = 8) {
  if (!actor.userId) return [];
  return db.auditEvent.findMany({
    where: { actorId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, action: true, targetType: true, targetLabel: true },
  });
}
