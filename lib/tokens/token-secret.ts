import crypto from "node:crypto";

// Tokens are 32 random bytes, so a plain SHA-256 is enough to store them (no slow hash needed).
export const TOKEN_PREFIX = "fdt_";

export function newTokenSecret(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashToken(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}
