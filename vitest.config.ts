// Every test runs on SQLite and on PostgreSQL (one vitest project per database). Without a
// reachable PostgreSQL the second project is skipped with a message; under CI=true it fails.
import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from "vitest/config";
import { PG_ADMIN_URL, pgAvailable } from "./lib/test/databases.ts";

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const providers = ["sqlite"];
  if (await pgAvailable()) providers.push("postgresql");
  else if (process.env.CI === "true") throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN_URL}; CI needs it`);
  else console.warn(`\n! PostgreSQL is not reachable at ${PG_ADMIN_URL}: SKIPPING the PostgreSQL suite\n`);

  return {
    resolve: { alias: { "server-only": path.resolve("lib/test/empty.ts"), "@": path.resolve(".") } },
    test: {
      projects: [
        ...providers.map((name): TestProjectInlineConfiguration => ({
          extends: true,
          test: {
            name,
            include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
            env: { FLIGHTDECK_TEST_DB: name, NODE_ENV: "test", LOG_LEVEL: "silent", FLIGHTDECK_DATA_DIR: path.resolve("data/test") },
            globalSetup: ["lib/test/global-setup.ts"],
            setupFiles: ["lib/test/setup-database.ts"],
            // next-auth imports "next/server" without an extension; let Vite resolve it.
            server: { deps: { inline: ["next-auth"] } },
            testTimeout: 20_000,
            hookTimeout: 60_000,
          },
        })),
        // Tools such as the GitHub simulator need no database: run them once, without one.
        {
          extends: true,
          test: { name: "tools", include: ["tools/**/*.test.ts"], env: { NODE_ENV: "test", LOG_LEVEL: "silent" }, testTimeout: 30_000 },
        },
      ],
    },
  };
});
