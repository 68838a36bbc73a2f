// A descriptor object from the API or a form, checked exactly like a YAML document; problems
// come back as one validation AppError with an issue per field.
import "server-only";
import { AppError } from "../../errors";
import { validateDescriptor } from "../parse/validate-descriptor";
import type { ParsedEntity } from "../parse/types";

export function validateEntityInput(descriptor: unknown): ParsedEntity {
  const result = validateDescriptor(descriptor, { file: "(request)", documentIndex: 0, lineOf: () => null });
  if (result.ok) return result.entity;
  const issues = result.errors.map((e) => ({ path: e.fieldPath || "(root)", message: e.message }));
  throw new AppError("validation", `invalid entity: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
}
