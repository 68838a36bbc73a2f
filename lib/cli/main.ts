// The flightdeck command line: `npm run cli -- <command>` or `npx flightdeck <command>`.
// Run with the react-server condition (bin/flightdeck.mjs does), so domain modules load.
import { Command, Option } from "commander";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cliActor } from "../auth/actor";
import { env, EnvError } from "../env";
import { AppError } from "../errors";
import { build, isBuildCurrent } from "./build";
import { migrate } from "./migrate";

// The launcher's channel (bin/flightdeck.mjs) must not keep a finished command alive.
process.channel?.unref();
const program = new Command("flightdeck").description("Flightdeck, the self-hosted developer portal").showHelpAfterError();

program
  .command("start")
  .description("build if needed, migrate, set up an empty database, then serve the portal (and run the worker)")
  .action(async () => {
    const e = env();
    if (!isBuildCurrent()) {
      console.log("flightdeck: building the portal (first start, or the sources changed)…");
      build();
    }
    await migrate();
    const { initializeOnStart } = await import("../workspace/initialize-on-start");
    await initializeOnStart(e);
    await (await import("../db/client")).db.$disconnect();
    // The heap limit bounds the server's memory; an 8 MB young generation space (V8's default
    // is 16 MB) keeps ~30 MB less resident under concurrent page renders at no measurable cost
    // in latency (bench:catalog at 100k entities).
    const heap = [`--max-old-space-size=${e.FLIGHTDECK_MAX_HEAP_MB}`, "--max-semi-space-size=8"];
    const args = [...heap, fileURLToPath(new URL("../../bin/serve.mjs", import.meta.url)), "--port", String(e.PORT), "--hostname", e.HOST];
    // glibc gives each thread that allocates its own malloc arena, and memory one thread frees
    // in another's arena is seldom returned: with the SQLite read worker answering the main
    // thread ~1,000 times a second, the server sat 10-40 MB higher after bench:catalog at 100k,
    // at the same latencies. Its work runs on two threads (the event loop and that worker).
    const serverEnv = { NEXT_TELEMETRY_DISABLED: "1", MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
    console.log(`flightdeck: portal on http://${e.HOST === "0.0.0.0" ? "localhost" : e.HOST}:${e.PORT} (${e.provider})`);
    // Under bin/flightdeck.mjs, hand the server's command to the launcher and exit, so this
    // process (tsx, Prisma, the CLI) does not stay resident beside the server.
    if (process.send) {
      process.send({ exec: args, env: serverEnv });
      process.exit(0);
    }
    const next = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...serverEnv } });
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
    next.on("exit", (code) => process.exit(code ?? 0));
  });

program
  .command("build")
  .description("build the portal for production")
  .action(() => build());

program
  .command("worker")
  .description("run only the background job worker (for scale-out: N portal instances + workers on one PostgreSQL)")
  .action(async () => {
    env();
    await import("../jobs/worker-main");
  });

const dbCommand = program.command("db").description("database migrations");
dbCommand
  .command("migrate")
  .description("apply pending migrations")
  .action(async () => {
    const applied = await migrate();
    console.log(applied ? `migrations applied (${env().provider})` : `no pending migrations (${env().provider})`);
  });
dbCommand
  .command("status")
  .description("show the provider and which migrations are applied or pending")
  .action(async () => {
    const { db } = await import("../db/client");
    const { migrationState } = await import("../db/migrations");
    const state = await migrationState(db, env().provider);
    console.log(JSON.stringify({ provider: env().provider, ...state }, null, 2));
    await db.$disconnect();
    if (state.pending.length) process.exitCode = 3;
  });

const user = program.command("user").description("portal users");
user
  .command("create")
  .requiredOption("--email <email>")
  .requiredOption("--name <name>")
  .addOption(new Option("--role <role>").choices(["admin", "platform", "developer", "viewer"]).default("developer"))
  .option("--password <password>", "at least 12 characters; omitted: a temporary one is printed")
  .action(async (o: { email: string; name: string; role: "developer"; password?: string }) => {
    const { createUser } = await import("../users/create-user");
    const { user, temporaryPassword } = await createUser(cliActor(), { email: o.email, name: o.name, role: o.role, ...(o.password && { password: o.password }) });
    console.log(`created ${user.email} (${user.role})${temporaryPassword ? `, temporary password: ${temporaryPassword}` : ""}`);
  });

const token = program.command("token").description("API tokens");
token
  .command("create")
  .requiredOption("--user <email>")
  .addOption(new Option("--scope <scope>").choices(["read", "write"]).makeOptionMandatory())
  .option("--name <name>", "what the token is for", "cli")
  .option("--expires-days <days>", "days until it expires (0: never)", "90")
  .action(async (o: { user: string; scope: "read" | "write"; name: string; expiresDays: string }) => {
    const { createToken } = await import("../tokens/create-token");
    const days = Number(o.expiresDays);
    const created = await createToken(cliActor(), { name: o.name, scope: o.scope, expiresInDays: days === 0 ? null : days }, o.user);
    console.log(created.token);
  });

program
  .command("catalog")
  .description("the software catalog")
  .command("import")
  .argument("<path>", "a Backstage YAML file, a zip, or a directory of them")
  .option("--dry-run", "show what would change, write nothing")
  .action(async (target: string, o: { dryRun?: boolean }) => {
    const { readLocalCatalog } = await import("../catalog/import/read-local-files");
    const { applyImport } = await import("../catalog/import/apply-import");
    const { previewImport } = await import("../catalog/import/preview-import");
    const { files, reader } = await readLocalCatalog(target);
    const run = o.dryRun ? previewImport : applyImport;
    const result = await run(cliActor(), files, { kind: "upload" }, { reader });
    for (const e of result.entities) if (e.status !== "unchanged") console.log(`${e.status.padEnd(9)} ${e.ref}${e.changes.length ? ` (${e.changes.map((c) => c.field).join(", ")})` : ""}`);
    for (const e of result.errors) console.log(`error     ${e.file}${e.line ? `:${e.line}` : ""}${e.fieldPath ? ` ${e.fieldPath}` : ""}: ${e.message}`);
    const s = result.summary;
    const took = "durationMs" in result ? ` in ${result.durationMs} ms` : "";
    console.log(`${o.dryRun ? "dry run: " : ""}${s.created} created, ${s.changed} changed, ${s.unchanged} unchanged, ${s.errors} errors${took}`);
    await (await import("../db/client")).db.$disconnect();
    if (s.errors) process.exitCode = 2;
  });

program
  .command("template")
  .description("scaffolder templates")
  .command("run")
  .argument("<ref>", "template:[namespace/]name, or just the name")
  .requiredOption("--values <file>", "the parameters as a JSON or YAML file")
  .option("--dry-run", "render and list the files; publish, register and notify nothing")
  .option("--as <email>", "run as this person (default: the command line, as an admin)")
  .action(async (ref: string, o: { values: string; dryRun?: boolean; as?: string }) => {
    const { readFile } = await import("node:fs/promises");
    const { parse } = await import("yaml");
    const { db } = await import("../db/client");
    const { createTask } = await import("../scaffolder/create-task");
    const { runTask } = await import("../scaffolder/run-task");
    const values = parse(await readFile(o.values, "utf8")) as Record<string, unknown>;
    let actor = cliActor();
    if (o.as) {
      const u = await db.user.findUnique({ where: { email: o.as.toLowerCase() } });
      if (!u) throw new AppError("not_found", `no user ${o.as}`);
      actor = { userId: u.id, email: u.email, name: u.name, role: u.role, via: "cli", scope: "write" };
    }
    const portalUrl = process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    const templateRef = ref.includes(":") ? ref : `template:${ref}`;
    // Run here, not by a worker: the task is stored without a job.
    const result = await createTask(actor, { templateRef, values, dryRun: Boolean(o.dryRun) }, portalUrl, { queue: false });
    if ("dryRun" in result) {
      for (const l of result.log) console.log(`${l.stepId ? `[${l.stepId}] ` : ""}${l.message}`);
      for (const f of result.files) console.log(`file      ${f.path} (${f.size} bytes)`);
      console.log(`dry run ${result.status}${result.error ? `: ${result.error}` : ""}: ${result.files.length} files`);
      if (result.status !== "succeeded") process.exitCode = 2;
    } else {
      console.log(`task ${result.id}`);
      await runTask(db, result.id);
      const task = await db.scaffolderTask.findUniqueOrThrow({ where: { id: result.id }, include: { events: { orderBy: { id: "asc" } } } });
      for (const e of task.events) console.log(`${e.stepId ? `[${e.stepId}] ` : ""}${e.message}`);
      const output = task.output as { links?: { title: string; url: string }[] } | null;
      for (const l of output?.links ?? []) console.log(`link      ${l.title}: ${l.url}`);
      if (task.status !== "succeeded") process.exitCode = 2;
    }
    await db.$disconnect();
  });

program
  .command("demo")
  .description("the demo workspace")
  .command("remove")
  .description("delete every demo team and person")
  .action(async () => {
    const { removeDemoWorkspace } = await import("../workspace/demo-workspace");
    const removed = await removeDemoWorkspace(cliActor());
    console.log(`removed ${removed.teams} demo teams and ${removed.people} demo people`);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof EnvError) console.error(error.message);
  else if (error instanceof AppError) console.error(`error: ${error.message}`);
  else throw error;
  process.exit(1);
}
