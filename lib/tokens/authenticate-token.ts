import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

/** The actor behind a bearer token, or null when it is unknown, revoked, expired or its user disabled. */
export async function authenticateToken(secret: string, requestId?: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const now = new Date();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || token.user.disabledAt) return null;
  // Touch lastUsedAt at most once a minute: no write on every request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const { user } = token;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: "api", scope: token.scope, requestId };
}
