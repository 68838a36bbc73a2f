// Server actions behind forms share one shape: the domain call, a message, the field errors
// named by the domain's zod issues, and what the user typed (never passwords), so a failed
// form keeps its input.
import { randomUUID } from "node:crypto";
import { toAppError } from "./errors";
import { log } from "./log";

export type FormState<D = undefined> = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  data?: D;
};

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

export async function runForm<D = undefined>(
  formData: FormData,
  fn: (values: Record<string, string>) => Promise<{ message: string; data?: D }>,
): Promise<FormState<D>> {
  const values = formValues(formData);
  try {
    const { message, data } = await fn(values);
    return { status: "ok", message, ...(data !== undefined && { data }) };
  } catch (error) {
    const known = toAppError(error);
    if (!known) {
      const requestId = randomUUID();
      log.error({ err: error, requestId }, "unexpected error in a form action");
      return { status: "error", message: `Something went wrong (reference ${requestId}). Nothing was changed.`, values };
    }
    const fieldErrors = Object.fromEntries(known.issues.map((i) => [i.path, i.message]));
    const message = known.message.charAt(0).toUpperCase() + known.message.slice(1);
    return { status: "error", message, fieldErrors, values };
  }
}
