import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { secretKey } from "./key";
import { open, openJson, seal, sealJson } from "./seal";

describe("secrets", () => {
  const key = crypto.randomBytes(32);

  it("round-trips, with a fresh IV each time", () => {
    const a = seal("ghp_example-token", key);
    const b = seal("ghp_example-token", key);
    expect(a).not.toBe(b);
    expect(a).not.toContain("ghp_example");
    expect(open(a, key)).toBe("ghp_example-token");
    expect(openJson(sealJson({ token: "t", webhookSecret: "w" }, key), key)).toEqual({ token: "t", webhookSecret: "w" });
  });

  it("refuses a tampered envelope", () => {
    const parts = seal("secret value", key).split(".");
    const data = Buffer.from(parts[3]!, "base64url");
    data[0]! ^= 1;
    parts[3] = data.toString("base64url");
    expect(() => open(parts.join("."), key)).toThrow(/cannot be decrypted/);
    expect(() => open("v1.garbage", key)).toThrow(/cannot be decrypted/);
  });

  it("refuses the wrong key without saying anything about the value", () => {
    const sealed = seal("secret value", key);
    let message = "";
    try {
      open(sealed, crypto.randomBytes(32));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/FLIGHTDECK_SECRET_KEY/);
    expect(message).not.toContain("secret value");
  });

  it("generates a 0600 key into the data directory on first use", () => {
    const k = secretKey();
    expect(k).toHaveLength(32);
    const file = `${process.env.FLIGHTDECK_DATA_DIR}/secret-key`;
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(open(seal("x"))).toBe("x");
  });

  it("validates FLIGHTDECK_SECRET_KEY as 32 bytes of base64, hiding the value", () => {
    expect(parseEnv({ FLIGHTDECK_SECRET_KEY: crypto.randomBytes(32).toString("base64") }).FLIGHTDECK_SECRET_KEY).toBeTruthy();
    expect(() => parseEnv({ FLIGHTDECK_SECRET_KEY: "short" })).toThrow(/FLIGHTDECK_SECRET_KEY: must be 32 bytes in base64.*\(value hidden\)/);
  });
});
