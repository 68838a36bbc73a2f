import "server-only";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { changePasswordSchema } from "./schemas";

export async function changePassword(actor: Actor, input: unknown) {
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input, "password");
  const user = actor.userId
    ? await db.user.findUnique({ where: { id: actor.userId }, omit: { passwordHash: false } })
    : null;
  if (!user) throw AppError.notFound("user");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("validation", "the current password is not correct", [
      { path: "currentPassword", message: "not correct" },
    ]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, actor, { action: "user.password", targetType: "user", targetId: user.id, targetLabel: user.email });
  });
}
