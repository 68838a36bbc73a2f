import "server-only";
import { can, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError } from "../errors";
import { forgetVerifiedTokens } from "./authenticate-token";

/** Revoke a token: the actor's own, or any for an admin. Revoking twice is harmless. */
export async function revokeToken(actor: Actor, id: string) {
  if (actor.scope !== "write") throw AppError.forbidden("a read-only token cannot revoke tokens");
  const owner = can(actor, "users.manage") ? {} : { userId: actor.userId ?? "" };
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, ...owner }, include: { user: { select: { email: true } } } });
    if (!token) throw AppError.notFound("token");
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    forgetVerifiedTokens();
    await recordAudit(tx, actor, {
      action: "token.revoke",
      targetType: "token",
      targetId: id,
      targetLabel: `${token.name} (${token.user.email})`,
      before: { revokedAt: null },
      after: { revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}
