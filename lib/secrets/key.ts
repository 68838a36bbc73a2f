import "server-only";
// The key that seals integration secrets. FLIGHTDECK_SECRET_KEY wins (several instances must
// share it); the embedded default generates one into the data directory on first use, the way
// lib/env.ts does for AUTH_SECRET, so two commands are still enough.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "../env";

let cached: Buffer | undefined;

export function secretKey(): Buffer {
  if (cached) return cached;
  const { FLIGHTDECK_SECRET_KEY: fromEnv, dataDir } = env();
  cached = fromEnv ? Buffer.from(fromEnv, "base64") : keyFile(dataDir);
  return cached;
}

function keyFile(dir: string): Buffer {
  const file = path.join(dir, "secret-key");
  const read = () => {
    const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
    if (key.length !== 32) throw new Error(`${file} does not hold 32 bytes in base64; restore it or set FLIGHTDECK_SECRET_KEY`);
    return key;
  };
  if (fs.existsSync(file)) return read();
  fs.mkdirSync(dir, { recursive: true });
  const key = crypto.randomBytes(32);
  try {
    fs.writeFileSync(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    return key;
  } catch {
    return read(); // another process wrote it first
  }
}
