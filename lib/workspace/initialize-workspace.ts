import "server-only";
import crypto from "node:crypto";
import { systemActor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { toAppError } from "../errors";
import { seedDemoWorkspace } from "./seed-demo-workspace";
import { seedDemoCatalog } from "../catalog/import/seed-demo-catalog";

type Options = { adminEmail?: string | undefined; adminPassword?: string | undefined; demo: boolean };
export type InitResult = { created: false } | { created: true; adminEmail: string; generatedPassword: string | null };

/**
 * First start on an empty database: create the first admin and, unless disabled, the demo
 * workspace. A Setting row is the lock, so two instances starting together do it once.
 */
export async function initializeWorkspace(options: Options): Promise<InitResult> {
  if ((await db.user.count()) > 0) return { created: false };
  try {
    await db.setting.create({ data: { key: "workspace.initializedAt", value: new Date().toISOString() } });
  } catch (error) {
    if (toAppError(error)?.code === "conflict") return { created: false };
    throw error;
  }
  const adminEmail = (options.adminEmail ?? "admin@flightdeck.local").toLowerCase();
  const generatedPassword = options.adminPassword ? null : crypto.randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(options.adminPassword ?? generatedPassword!);
  await db.$transaction(async (tx) => {
    const admin = await tx.user.create({ data: { email: adminEmail, name: "Admin", role: "admin", passwordHash } });
    await recordAudit(tx, systemActor, {
      action: "user.create",
      targetType: "user",
      targetId: admin.id,
      targetLabel: adminEmail,
      after: { email: adminEmail, role: "admin", reason: "first start" },
    });
    if (options.demo) await seedDemoWorkspace(tx, admin.id);
  });
  // After the transaction: the import writes in its own short batches.
  if (options.demo) await seedDemoCatalog();
  return { created: true, adminEmail, generatedPassword };
}
