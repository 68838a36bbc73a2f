// The environments deployments may name: a configured list (FLIGHTDECK_ENVIRONMENTS,
// comma-separated, default "production,staging,dev"). A report naming another is a 422 that
// lists them, so a typo never creates a column nobody sees.
import { parseEnv } from "../env";
import { AppError } from "../errors";

export const PRODUCTION = "production";
const aliases: Record<string, string> = { prod: "production", stage: "staging", development: "dev" };

export function listEnvironments(): string[] {
  const raw = parseEnv().FLIGHTDECK_ENVIRONMENTS;
  const list = raw.split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
  return list.length ? [...new Set(list)] : [PRODUCTION];
}

/** The configured name for `name` (case and common aliases forgiven), or null. */
export function knownEnvironment(name: string): string | null {
  const key = name.trim().toLowerCase();
  const list = listEnvironments();
  if (list.includes(key)) return key;
  const alias = aliases[key];
  return alias && list.includes(alias) ? alias : null;
}

export function assertEnvironment(name: string): string {
  const env = knownEnvironment(name);
  if (!env) {
    throw new AppError("validation", `unknown environment '${name}' (known: ${listEnvironments().join(", ")})`, [{ path: "environment", message: `unknown environment '${name}'` }]);
  }
  return env;
}
