// One error type for the whole app. Domain code throws AppError with a code; route handlers,
// server actions and the CLI map it to a status or message in one place (httpStatus).
import { z } from "zod";

export const errorCodes = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;
export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorCodes[this.code];
  }

  static notFound(what: string) {
    return new AppError("not_found", `${what} not found`);
  }

  static forbidden(message = "you do not have permission to do this") {
    return new AppError("forbidden", message);
  }

  static fromZod(error: z.ZodError, what = "input"): AppError {
    const issues = error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
    const first = issues[0];
    return new AppError("validation", first ? `invalid ${what}: ${first.path}: ${first.message}` : `invalid ${what}`, issues);
  }
}

/** Parse with a schema; a failure becomes a validation AppError naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.fromZod(result.error, what);
  return result.data;
}

/** Map database errors by Prisma code, never by message text; anything else passes through. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return AppError.fromZod(error);
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string") return undefined;
  const target = (error as { meta?: { target?: unknown; modelName?: string } }).meta;
  switch (code) {
    case "P2002": {
      const fields = Array.isArray(target?.target) ? target.target.join(", ") : String(target?.target ?? "value");
      return new AppError("conflict", `a record with this ${fields} already exists`);
    }
    case "P2025":
      return new AppError("not_found", `${target?.modelName ?? "record"} not found`);
    case "P2003":
      return new AppError("conflict", "the record is still referenced by another record");
    default:
      return undefined;
  }
}
