import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { hashToken, TOKEN_PREFIX } from "./token-secret";

// A verified token is remembered for a few seconds, so an API request costs one database
// query, not two. Revoking a token or changing a user clears this process's cache at once;
// other instances notice within CACHE_MS.
const CACHE_MS = 10_000;
const TOUCH_MS = 60_000;
type Cached = { actor: Omit<Actor, "requestId">; tokenId: string; expiresAt: Date | null; until: number; touchedAt: number };
const globalForTokens = globalThis as unknown as { flightdeckTokenCache?: Map<string, Cached> };
const cache = (globalForTokens.flightdeckTokenCache ??= new Map());

/** Forget every verified token (after a revocation or a change to a user). */
export function forgetVerifiedTokens() {
  cache.clear();
}

/** The actor behind a bearer token, or null when it is unknown, revoked, expired or its user disabled. */
export async function authenticateToken(secret: string, requestId?: string): Promise<Actor | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const hash = hashToken(secret);
  const now = Date.now();
  const hit = cache.get(hash);
  if (hit && hit.until > now && (!hit.expiresAt || hit.expiresAt.getTime() > now)) {
    await touch(hit, now);
    return { ...hit.actor, requestId };
  }
  cache.delete(hash);
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hash },
    select: {
      id: true,
      scope: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt.getTime() <= now) || token.user.disabledAt) return null;
  const { user } = token;
  const entry: Cached = {
    actor: { userId: user.id, email: user.email, name: user.name, role: user.role, via: "api", scope: token.scope },
    tokenId: token.id,
    expiresAt: token.expiresAt,
    until: now + CACHE_MS,
    touchedAt: token.lastUsedAt?.getTime() ?? 0,
  };
  if (cache.size > 10_000) cache.clear(); // a bound, not an LRU: tokens are few
  cache.set(hash, entry);
  await touch(entry, now);
  return { ...entry.actor, requestId };
}

// lastUsedAt is written at most once a minute per token: no write on every request.
async function touch(entry: Cached, now: number) {
  if (now - entry.touchedAt < TOUCH_MS) return;
  entry.touchedAt = now;
  await db.apiToken.update({ where: { id: entry.tokenId }, data: { lastUsedAt: new Date(now) } });
}
