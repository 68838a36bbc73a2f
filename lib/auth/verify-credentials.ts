import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { log } from "../log";
import { isLoginThrottled, recordLoginAttempt } from "./login-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

export type VerifiedUser = { id: string; email: string; name: string };

/**
 * The user for an email and password, or null. Callers show one generic message whatever
 * the reason (unknown email, wrong password, disabled, throttled), so nothing leaks.
 */
export async function verifyCredentials(input: unknown, ip: string): Promise<VerifiedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await isLoginThrottled(email, ip)) {
    log.warn({ email, ip }, "sign-in throttled");
    return null;
  }
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  const success = Boolean(ok && user && user.passwordHash && !user.disabledAt);
  await recordLoginAttempt(email, ip, success);
  if (!success || !user) {
    log.info({ email, ip }, "sign-in failed");
    return null;
  }
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name };
}
