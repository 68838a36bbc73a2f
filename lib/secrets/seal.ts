import "server-only";
// AES-256-GCM envelopes for secrets at rest: "v1.<iv>.<tag>.<ciphertext>" in base64url. The
// authentication tag makes a tampered value, or one sealed with another key, fail to open
// instead of decrypting to garbage.
import crypto from "node:crypto";
import { AppError } from "../errors";
import { secretKey } from "./key";

const VERSION = "v1";

export function seal(plaintext: string, key: Buffer = secretKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function open(envelope: string, key: Buffer = secretKey()): string {
  const [version, iv, tag, data] = envelope.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw cannotOpen();
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw cannotOpen();
  }
}

/** Seal a JSON object of secrets (the shape Integration.secrets stores). */
export function sealJson(value: Record<string, string>, key?: Buffer): string {
  return seal(JSON.stringify(value), key);
}

export function openJson(envelope: string, key?: Buffer): Record<string, string> {
  if (!envelope) return {};
  return JSON.parse(open(envelope, key)) as Record<string, string>;
}

function cannotOpen() {
  // Never echo the envelope: even a broken one is key material's neighbour.
  return new AppError("internal", "stored secrets cannot be decrypted: the value was altered or FLIGHTDECK_SECRET_KEY changed");
}
