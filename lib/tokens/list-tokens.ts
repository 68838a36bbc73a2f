import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

/** The actor's own tokens, newest first (revoked ones included, marked). */
export async function listTokens(actor: Actor) {
  if (!actor.userId) return [];
  return db.apiToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, scope: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
}
