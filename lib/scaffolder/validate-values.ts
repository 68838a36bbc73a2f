import "server-only";
// Template parameters are checked on the server with the same JSON Schemas (and the same
// validator, ajv through @rjsf/validator-ajv8) the browser's form uses, plus what only the
// server can know: the picker fields' rules (entity name rules and uniqueness, an existing
// owner team, an allowed repository host, a repository that does not exist yet). A request
// that bypasses the browser gets a 422 naming the field. ajv is used directly (the same ajv 8
// and formats @rjsf/validator-ajv8 wraps): its wrapper would pull React into the worker and CLI.
import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import { isValidName, NAME_RULE, normalizeRef } from "../catalog/refs";
import { db } from "../db/client";
import { AppError, type FieldIssue } from "../errors";
import { parseRepoUrl } from "./filters";
import { listGithubHosts } from "./github-host";
import { localRepoExists } from "./local-git/repos";
import { LOCAL_HOST } from "./portal-repo-url";
import { parameterPages, type TemplateSpec } from "./template-spec";

// ajv-formats is CommonJS; under some loaders its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => void;
// useDefaults: a request without the browser gets the same defaults the form would have filled in.
const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv);

function validatePage(page: Record<string, unknown>, values: unknown): ErrorObject[] {
  const validate = ajv.compile(page);
  return validate(values) ? [] : (validate.errors ?? []);
}

type Props = Record<string, Record<string, unknown>>;

function fieldOf(error: ErrorObject): string {
  const base = error.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (missing && !base.endsWith(missing)) return base ? `${base}.${missing}` : missing;
  return base || "(root)";
}

function pickerOf(prop: Record<string, unknown>): string | undefined {
  return typeof prop["ui:field"] === "string" ? (prop["ui:field"] as string) : undefined;
}

export async function validateValues(spec: TemplateSpec, values: Record<string, unknown>): Promise<void> {
  const issues: FieldIssue[] = [];
  for (const page of parameterPages(spec)) {
    for (const e of validatePage(page, values)) {
      // "must match exactly one schema in oneOf" repeats what the branch's own error says.
      if (e.keyword === "oneOf" || e.keyword === "if") continue;
      const message = e.keyword === "required" ? "is required" : (e.message ?? "is invalid");
      issues.push({ path: fieldOf(e), message });
    }
  }
  const props: Props = Object.assign({}, ...parameterPages(spec).map((p) => (p.properties ?? {}) as Props));
  for (const [field, prop] of Object.entries(props)) {
    const value = values[field];
    if (value === undefined || value === "" || issues.some((i) => i.path === field)) continue;
    const message = await checkPicker(pickerOf(prop), prop, value);
    if (message) issues.push({ path: field, message });
  }
  if (issues.length) {
    const first = issues[0]!;
    throw new AppError("validation", `invalid parameters: ${first.path}: ${first.message}`, issues);
  }
}

async function checkPicker(picker: string | undefined, prop: Record<string, unknown>, value: unknown): Promise<string | null> {
  const options = (prop["ui:options"] ?? {}) as Record<string, unknown>;
  switch (picker) {
    case "EntityNamePicker": {
      if (typeof value !== "string" || !isValidName(value)) return NAME_RULE;
      const taken = await db.entity.findFirst({ where: { kind: "Component", namespace: "default", name: value }, select: { ref: true } });
      return taken ? `${taken.ref} already exists in the catalog; choose another name` : null;
    }
    case "OwnerPicker": {
      const ref = typeof value === "string" ? normalizeRef(value, { kind: "group" }) : null;
      if (!ref) return "not a team (group) ref";
      const [kind, rest] = ref.split(":") as [string, string];
      const name = rest.split("/")[1]!;
      if (kind === "group") return (await db.team.findUnique({ where: { slug: name }, select: { id: true } })) ? null : `there is no team '${name}'`;
      if (kind === "user") return null;
      return "an owner is a team (group) or a person (user)";
    }
    case "RepoUrlPicker": {
      let repo;
      try {
        repo = parseRepoUrl(value);
      } catch (error) {
        return (error as Error).message;
      }
      const allowed = Array.isArray(options.allowedHosts) ? (options.allowedHosts as string[]) : null;
      if (allowed && !allowed.includes(repo.host)) return `host ${repo.host} is not allowed by this template (allowed: ${allowed.join(", ")})`;
      if (!/^[A-Za-z0-9._-]+$/.test(repo.repo) || repo.repo.endsWith(".git")) return "a repository name has letters, digits, . _ - and does not end in .git";
      if (repo.host === LOCAL_HOST) return localRepoExists(repo.owner, repo.repo) ? `the repository ${repo.owner}/${repo.repo} already exists on the portal's git server` : null;
      const hosts = await listGithubHosts();
      if (repo.host !== "github.com" && !hosts.some((h) => h.host === repo.host)) return `no GitHub connection for ${repo.host}`;
      if (!hosts.length) return "GitHub is not connected; choose the portal's git server (local)";
      return null;
    }
    case "EntityPicker": {
      if (typeof value !== "string") return "not an entity ref";
      const kinds = (options.catalogFilter as { kind?: string | string[] } | undefined)?.kind;
      const defaultKind = typeof options.defaultKind === "string" ? options.defaultKind : Array.isArray(kinds) ? kinds[0] : kinds;
      const ref = normalizeRef(value, { kind: defaultKind, namespace: typeof options.defaultNamespace === "string" ? options.defaultNamespace : undefined });
      if (!ref) return "not an entity ref ([kind:][namespace/]name)";
      return (await db.entity.findUnique({ where: { ref }, select: { id: true } })) ? null : `${ref} is not in the catalog`;
    }
    default:
      return null;
  }
}
