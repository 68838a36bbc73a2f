// The CLI as an operator runs it: a real process against this test file's database.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { authenticateToken } from "../tokens/authenticate-token";

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["bin/flightdeck.mjs", ...args], {
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
  });
  return { code: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

describe("flightdeck CLI", () => {
  it("creates a user and a token that authenticates", async () => {
    const created = cli(["user", "create", "--email", "ops@example.test", "--name", "Ops", "--role", "platform"]);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^created ops@example.test \(platform\), temporary password: \S{12,}$/);
    const token = cli(["token", "create", "--user", "ops@example.test", "--scope", "read"]);
    expect(token.code).toBe(0);
    expect(await authenticateToken(token.out)).toMatchObject({ email: "ops@example.test", scope: "read" });
  });

  it("reports the database state and refuses bad input with a named reason", () => {
    const status = cli(["db", "status"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ pending: [] });
    const unknown = cli(["token", "create", "--user", "ghost@example.test", "--scope", "read"]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("user 'ghost@example.test' not found");
    const badEnv = cli(["db", "status"], { PORT: "abc" });
    expect(badEnv.code).toBe(1);
    expect(badEnv.err).toContain('PORT: must be a port number (got "abc")');
  });
});
