import "server-only";
import { assertCan, can, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { forgetVerifiedTokens } from "../tokens/authenticate-token";
import { updateUserSchema, userSelect } from "./schemas";

/** Admins change anyone's name, role or access; everyone else only their own name. */
export async function updateUser(actor: Actor, id: string, input: unknown) {
  assertCan(actor, "write");
  const patch = parseInput(updateUserSchema, input, "user");
  const isSelf = actor.userId === id;
  if (!can(actor, "users.manage") && (!isSelf || patch.role !== undefined || patch.disabled !== undefined)) {
    throw AppError.forbidden(isSelf ? "only an admin can change roles or disable accounts" : "only an admin can change other users");
  }
  if (isSelf && (patch.disabled || (patch.role && patch.role !== "admin" && actor.role === "admin"))) {
    throw new AppError("validation", "you cannot disable yourself or drop your own admin role; ask another admin");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: userSelect });
    if (!before) throw AppError.notFound("user");
    const data = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(patch.disabled !== undefined && { disabledAt: patch.disabled ? (before.disabledAt ?? new Date()) : null }),
    };
    const after = await tx.user.update({ where: { id }, data, select: userSelect });
    forgetVerifiedTokens(); // a token's actor carries the user's role and access
    await recordAudit(tx, actor, {
      action: "user.update",
      targetType: "user",
      targetId: id,
      targetLabel: after.email,
      before: { name: before.name, role: before.role, disabledAt: before.disabledAt },
      after: { name: after.name, role: after.role, disabledAt: after.disabledAt },
    });
    return after;
  });
}
