# syntax=docker/dockerfile:1
# Flightdeck images. `docker build .` gives the web image (the Next.js standalone server, which
# migrates the database on start); `--target cli` gives the CLI image (worker, user and token
# commands), used by docker-compose.yml's worker service.

# --- deps: every npm package, with better-sqlite3 compiled and both Prisma clients generated
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# npm 11 honours package.json's allowScripts (only better-sqlite3's build runs; Prisma's
# install scripts would download engines we do not use). node-gyp uses the image's headers.
RUN npm install -g npm@11.19.1
ENV npm_config_nodedir=/usr/local NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# What postinstall (scripts/db-generate.ts) reads to generate the clients.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/db-generate.ts scripts/db-schema.ts ./scripts/
COPY lib/db/url.ts ./lib/db/url.ts
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

# --- build: the standalone server, and the Prisma CLI's dependency closure for migrations
FROM deps AS build
COPY . .
RUN mkdir -p public \
 && FLIGHTDECK_STANDALONE=1 npx next build
# `prisma migrate deploy` needs the CLI, both driver adapters and their dependencies: copy
# exactly that closure, as the lockfile resolved it, into /app/migrator/node_modules.
RUN npm query ':is(#prisma, #pg, #better-sqlite3, [name="@prisma/adapter-pg"], [name="@prisma/adapter-better-sqlite3"]), :is(#prisma, #pg, #better-sqlite3, [name="@prisma/adapter-pg"], [name="@prisma/adapter-better-sqlite3"]) *' > /tmp/migrator.json \
 && node -e 'const fs = require("fs"); for (const dir of new Set(JSON.parse(fs.readFileSync("/tmp/migrator.json")).map((p) => p.location))) fs.cpSync(dir, "migrator/" + dir, { recursive: true })'

# --- prod-deps: runtime packages only, for the CLI image
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# --- cli: `node bin/flightdeck.mjs <command>` from the sources (tsx), e.g. the worker, or
#     docker compose run --rm worker user create --email you@example.com --name You --role admin
FROM node:20-bookworm-slim AS cli
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 FLIGHTDECK_DATA_DIR=/data
WORKDIR /app
RUN useradd --system --user-group --uid 10001 --home-dir /app --no-create-home flightdeck \
 && mkdir -p /data && chown flightdeck:flightdeck /data
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=deps /app/lib/db/generated ./lib/db/generated
COPY package.json prisma.config.ts tsconfig.json ./
COPY bin ./bin
COPY lib ./lib
COPY prisma ./prisma
USER flightdeck
VOLUME /data
ENTRYPOINT ["node", "bin/flightdeck.mjs"]
CMD ["worker"]

# --- runtime (default): the standalone server; migrates, then serves on :3000 (on an empty
#     database the server creates the first admin: FLIGHTDECK_ADMIN_EMAIL/_PASSWORD, or logged).
#     Next's own server.js answers every request here; `npm start`'s bin/serve.mjs also answers
#     the catalog's hot API reads past Next's router (lib/api/direct.ts).
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    HOSTNAME=0.0.0.0 PORT=3000 FLIGHTDECK_DATA_DIR=/data
WORKDIR /app
# git serves the scaffolder's local repositories (git http-backend behind /git/...).
RUN apt-get update \
 && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --user-group --uid 10001 --home-dir /app --no-create-home flightdeck \
 && mkdir -p /data && chown flightdeck:flightdeck /data
# .next stays writable by the server (its runtime cache); everything else is read-only.
COPY --from=build --chown=flightdeck:flightdeck /app/.next/standalone ./
COPY --from=build --chown=flightdeck:flightdeck /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Migrations: prisma.config.ts (it imports lib/db/url.ts) picks the schema and migrations
# for DATABASE_URL's provider; /api/health also reads prisma/migrations to report pending ones.
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/prisma.config.ts ./prisma.config.ts
COPY --from=build /app/lib/db/url.ts ./lib/db/url.ts
# The built-in scaffolder templates are read from disk (lib/scaffolder/templates).
COPY --from=build /app/lib/scaffolder/templates ./lib/scaffolder/templates
COPY --from=build /app/migrator/node_modules ./node_modules
COPY <<'SH' /usr/local/bin/flightdeck-entrypoint
#!/bin/sh
# Apply pending migrations (SQLite in /data by default, PostgreSQL with DATABASE_URL), then serve.
set -e
node node_modules/prisma/build/index.js migrate deploy
exec node server.js "$@"
SH
RUN chmod 755 /usr/local/bin/flightdeck-entrypoint
USER flightdeck
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/flightdeck-entrypoint"]
