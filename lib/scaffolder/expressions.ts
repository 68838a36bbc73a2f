import "server-only";
// ${{ … }} expressions and fetch:template rendering, on nunjucks in a sandbox of our own:
// - its own Environment (no loader, so no include/import/extends of files);
// - name and member lookups only see own properties of the data we pass, never a prototype
//   ("constructor", "__proto__" and friends are refused before compiling and again at lookup);
// - the template sees parameters, steps, user and values only, not the process, its
//   environment or the file system (nunjucks resolves every name through the context);
// - range() is capped so a template cannot allocate without bound.
import nunjucks from "nunjucks";
import { parseEntityRef, parseRepoUrl, pick, projectSlug } from "./filters";

const FORBIDDEN = /\b(constructor|__proto__|prototype|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__)\b/;
const BLOCKED_NAMES = new Set(["constructor", "__proto__", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "valueOf", "toString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString"]);
// Methods of strings and arrays a template may call (`name.toUpperCase()`); anything else must be an own property.
const SAFE_METHODS = new Set([
  "length", "toUpperCase", "toLowerCase", "trim", "split", "replace", "startsWith", "endsWith", "includes", "slice", "substring", "indexOf", "join", "padStart", "padEnd", "at", "concat", "repeat",
]);
const MAX_RANGE = 10_000;

type Runtime = { memberLookup: (obj: unknown, key: unknown) => unknown; contextOrFrameLookup: (context: unknown, frame: unknown, name: string) => unknown };
const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;

function safeMember(obj: unknown, key: unknown): unknown {
  if (obj === undefined || obj === null) return undefined;
  const name = String(key);
  if (BLOCKED_NAMES.has(name)) return undefined;
  const isPrimitiveOrArray = typeof obj === "string" || Array.isArray(obj);
  const own = typeof obj === "object" && Object.prototype.hasOwnProperty.call(obj, name);
  if (!own && !(isPrimitiveOrArray && SAFE_METHODS.has(name))) return undefined;
  const value = (obj as Record<string, unknown>)[name];
  if (typeof value === "function") return (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(obj, args);
  return value;
}

type Frame = { variables: Record<string, unknown>; parent: Frame | null };
type Context = { ctx: Record<string, unknown>; env: { globals: Record<string, unknown> } };

function safeName(context: Context, frame: Frame, name: string): unknown {
  if (BLOCKED_NAMES.has(name)) return undefined;
  for (let f: Frame | null = frame; f; f = f.parent) {
    if (Object.prototype.hasOwnProperty.call(f.variables, name) && f.variables[name] !== undefined) return f.variables[name];
  }
  if (Object.prototype.hasOwnProperty.call(context.ctx, name)) return context.ctx[name];
  if (Object.prototype.hasOwnProperty.call(context.env.globals, name)) return context.env.globals[name];
  return undefined;
}

// Our environment is the only nunjucks user in the process, so the runtime's lookups are replaced once.
runtime.memberLookup = safeMember;
runtime.contextOrFrameLookup = safeName as Runtime["contextOrFrameLookup"];

let captured: unknown;
function makeEnv() {
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false, tags: { variableStart: "${{", variableEnd: "}}" } });
  env.addFilter("parseRepoUrl", parseRepoUrl);
  env.addFilter("parseEntityRef", parseEntityRef);
  env.addFilter("pick", pick);
  env.addFilter("projectSlug", projectSlug);
  env.addFilter("__capture", (value: unknown) => {
    captured = value;
    return "";
  });
  env.addGlobal("range", (start: number, stop?: number, step = 1) => {
    const [from, to] = stop === undefined ? [0, start] : [start, stop];
    const count = step ? Math.ceil((to - from) / step) : 0;
    if (!Number.isFinite(count) || count > MAX_RANGE) throw new Error(`range() is limited to ${MAX_RANGE} items`);
    return Array.from({ length: Math.max(0, count) }, (_, i) => from + i * step);
  });
  // Replace nunjucks' own globals that hand out functions (cycler, joiner are harmless but unused).
  for (const name of ["cycler", "joiner"]) delete (env as unknown as { globals: Record<string, unknown> }).globals[name];
  return env;
}
const env = makeEnv();

export class ExpressionError extends Error {}

function check(source: string) {
  const bad = FORBIDDEN.exec(source);
  if (bad) throw new ExpressionError(`'${bad[1]}' is not allowed in a template expression`);
}

/** Plain JSON copies of the data a template sees: no functions, no prototypes but Object's. */
function plain<T>(data: T): T {
  return data === undefined ? data : (JSON.parse(JSON.stringify(data)) as T);
}

export type ExpressionData = Record<string, unknown>;

/** Render a whole text (a skeleton file or path) with ${{ }} expressions and {% %} blocks. */
export function renderText(source: string, data: ExpressionData): string {
  check(source);
  return env.renderString(source, plain(data));
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/;

/**
 * Evaluate a step input value: a string that is one ${{ expr }} keeps the expression's type
 * (an object, a number, a list); other strings are rendered as text; lists and mappings are
 * evaluated value by value.
 */
export function evaluate(value: unknown, data: ExpressionData): unknown {
  if (typeof value === "string") {
    if (!value.includes("${{")) return value;
    const whole = WHOLE.exec(value);
    if (whole && !whole[1]!.includes("${{") && !whole[1]!.includes("}}")) {
      check(whole[1]!);
      captured = undefined;
      env.renderString(`\${{ (${whole[1]}) | __capture }}`, plain(data));
      const result = captured;
      captured = undefined;
      return result;
    }
    return renderText(value, data);
  }
  if (Array.isArray(value)) return value.map((v) => evaluate(v, data));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const evaluated = evaluate(v, data);
      if (evaluated !== undefined) out[k] = evaluated;
    }
    return out;
  }
  return value;
}

/** Why an expression failed, in one line (nunjucks wraps errors in "(unknown path)" noise). */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\(unknown path\)\s*(\[Line \d+, Column \d+\])?\s*/g, "").replace(/\s*Template render error:\s*/g, "").replace(/^\s*Error:\s*/, "").replace(/\s+/g, " ").trim();
}
