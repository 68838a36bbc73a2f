import "server-only";
import crypto from "node:crypto";
import { assertCan, type Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { AppError, parseInput } from "../errors";
import { createUserSchema, userSelect, type CreateUserInput } from "./schemas";

/** Create a local account. Without a password, a temporary one is generated and returned once. */
export async function createUser(actor: Actor, input: CreateUserInput) {
  assertCan(actor, "users.manage");
  const data = parseInput(createUserSchema, input, "user");
  const temporaryPassword = data.password ? null : crypto.randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(data.password ?? temporaryPassword!);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw new AppError("conflict", `a user with email '${data.email}' already exists`, [
        { path: "email", message: "already in use" },
      ]);
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: userSelect,
    });
    await recordAudit(tx, actor, {
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      targetLabel: user.email,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return { user, temporaryPassword };
  });
}
