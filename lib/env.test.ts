import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("has defaults for everything", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, FLIGHTDECK_DATA_DIR: "./data", FLIGHTDECK_WORKER: "on", FLIGHTDECK_DEMO: "on" });
  });

  it("names every bad variable and what is wrong, hiding secrets", () => {
    let message = "";
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x", FLIGHTDECK_ADMIN_PASSWORD: "short" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('PORT: ');
    expect(message).toContain('(got "abc")');
    expect(message).toContain("DATABASE_URL: must start with file: (SQLite) or postgresql://");
    expect(message).toContain("FLIGHTDECK_ADMIN_PASSWORD: must be at least 12 characters (value hidden)");
    expect(message).not.toContain("short");
  });

  it("wants OAuth settings in pairs", () => {
    expect(() => parseEnv({ AUTH_GITHUB_ID: "id" })).toThrow("AUTH_GITHUB_SECRET: must be set together with AUTH_GITHUB_ID");
  });
});
