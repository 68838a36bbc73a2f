import "server-only";
import { addDays } from "date-fns";
import { assertCan, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { createTokenSchema, type CreateTokenInput } from "./schemas";
import { hashToken, newTokenSecret } from "./token-secret";

/** Create an API token for the actor (or, for admins and the CLI, for another user). */
export async function createToken(actor: Actor, input: CreateTokenInput, forUserEmail?: string) {
  const data = parseInput(createTokenSchema, input, "token");
  // A token is a personal credential, not portal data: viewers may hold read tokens.
  // A read-scoped token can never mint a token.
  if (actor.scope !== "write") throw AppError.forbidden("a read-only token cannot create tokens");
  const user = forUserEmail
    ? await db.user.findUnique({ where: { email: forUserEmail.toLowerCase() } })
    : actor.userId
      ? await db.user.findUnique({ where: { id: actor.userId } })
      : null;
  if (!user || user.disabledAt) throw AppError.notFound(forUserEmail ? `user '${forUserEmail}'` : "user");
  if (user.id !== actor.userId) assertCan(actor, "users.manage");
  if (data.scope === "write" && user.role === "viewer") {
    throw new AppError("forbidden", "a viewer's token can only have the read scope", [
      { path: "scope", message: "viewers can only create read tokens" },
    ]);
  }
  const token = newTokenSecret();
  return db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name: data.name,
        scope: data.scope,
        userId: user.id,
        tokenHash: hashToken(token),
        prefix: token.slice(0, 10),
        expiresAt: data.expiresInDays === null ? null : addDays(new Date(), data.expiresInDays),
      },
      select: { id: true, name: true, scope: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, actor, {
      action: "token.create",
      targetType: "token",
      targetId: created.id,
      targetLabel: `${created.name} (${user.email})`,
      after: { name: created.name, scope: created.scope, expiresAt: created.expiresAt, user: user.email },
    });
    return { ...created, token };
  });
}
