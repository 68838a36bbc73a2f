// npm run db:generate - write prisma/postgresql/schema.prisma and generate both clients.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { postgresSchema, readCanonical } from "./db-schema";

fs.mkdirSync("prisma/postgresql", { recursive: true });
fs.writeFileSync("prisma/postgresql/schema.prisma", postgresSchema(readCanonical()));

// The CLI picks the schema from DATABASE_URL's provider (prisma.config.ts); a placeholder
// PostgreSQL URL is enough to generate, nothing connects.
const urls = { sqlite: "file:./data/generate.db", postgresql: "postgresql://generate@127.0.0.1:5432/generate" };
for (const [provider, url] of Object.entries(urls)) {
  execFileSync("npx", ["prisma", "generate", "--no-hints"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  console.log(`generated the ${provider} client`);
}
