// Backstage's scaffolder.backstage.io/v1beta3 Template spec, as zod: parameter pages (JSON
// Schema objects), steps naming a known action, and outputs. No server code: the catalog's
// descriptor validation uses it so a broken template is refused at registration with the reason.
import { z } from "zod";
import { actionIds, isKnownAction } from "./action-ids";

const jsonObject = z.record(z.string(), z.unknown());

/** One page of the form: a JSON Schema object (title, required, properties, dependencies...). */
export const parameterPageSchema = jsonObject.refine((p) => p.properties === undefined || (typeof p.properties === "object" && p.properties !== null && !Array.isArray(p.properties)), {
  message: "properties must be a mapping of field names to JSON Schemas",
});

export const templateStepSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _").optional(),
    name: z.string().optional(),
    action: z.string({ error: "each step needs an action" }).refine(isKnownAction, {
      error: (i) => `unknown action '${String(i.input)}' (known: ${actionIds.join(", ")})`,
    }),
    input: jsonObject.optional(),
    if: z.union([z.boolean(), z.string()]).optional(),
  })
  .loose();

const outputLinkSchema = z
  .object({ title: z.string().optional(), url: z.string().optional(), entityRef: z.string().optional(), icon: z.string().optional() })
  .loose();
const outputTextSchema = z.object({ title: z.string().optional(), content: z.string().optional() }).loose();

export const templateSpecSchema = z
  .object({
    type: z.string().optional(),
    owner: z.string().optional(),
    parameters: z.union([parameterPageSchema, z.array(parameterPageSchema)]).optional(),
    steps: z.array(templateStepSchema, { error: (i) => (i.input === undefined ? "spec.steps is required" : "spec.steps must be a list") }),
    output: z.object({ links: z.array(outputLinkSchema).optional(), text: z.array(outputTextSchema).optional() }).loose().optional(),
  })
  .loose()
  .superRefine((spec, ctx) => {
    const seen = new Set<string>();
    spec.steps.forEach((step, i) => {
      const id = step.id ?? `step-${i + 1}`;
      if (seen.has(id)) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `step id '${id}' is used twice` });
      seen.add(id);
    });
  });

export type TemplateSpec = z.infer<typeof templateSpecSchema>;
export type TemplateStep = z.infer<typeof templateStepSchema>;

/** The parameter pages as a list (a single schema is one page). */
export function parameterPages(spec: Pick<TemplateSpec, "parameters">): Record<string, unknown>[] {
  if (!spec.parameters) return [];
  return Array.isArray(spec.parameters) ? spec.parameters : [spec.parameters];
}

/** The id a step is known by in ${{ steps['id'] }}; Backstage requires ids, we number the rest. */
export function stepIdOf(step: TemplateStep, index: number): string {
  return step.id ?? `step-${index + 1}`;
}
