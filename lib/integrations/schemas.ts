import { z } from "zod";
import { GITHUB_API } from "./github/config";

// Forms send "" for an empty field; the API may omit it. Both mean "not given".
const blank = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());
const id = z.coerce.number({ error: "must be a number" }).int().positive("must be a positive number");

export const integrationNameSchema = z
  .string()
  .trim()
  .min(1, "give a name")
  .max(63, "at most 63 characters")
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i, "letters, digits and single - _ . between them");

const common = {
  kind: z.literal("github").default("github"),
  name: integrationNameSchema,
  baseUrl: blank(z.url("must be a URL like https://github.example.com/api/v3")).transform((v) => (v ?? GITHUB_API).replace(/\/+$/, "")),
  org: blank(z.string().trim().max(100)),
  webhookSecret: blank(z.string().min(16, "at least 16 characters").max(200)),
};

const tokenInput = z.object({ ...common, auth: z.literal("token"), token: z.string().trim().min(1, "paste the token") });
const appInput = z.object({
  ...common,
  auth: z.literal("app"),
  appId: id,
  privateKey: z.string().trim().includes("PRIVATE KEY", { message: "paste the App's private key (PEM, -----BEGIN … PRIVATE KEY-----)" }),
  installationId: blank(id),
});

export const createIntegrationSchema = z.discriminatedUnion("auth", [tokenInput, appInput]).superRefine((v, ctx) => {
  if (v.auth === "app" && !v.installationId && !v.org) {
    ctx.addIssue({ code: "custom", path: ["installationId"], message: "give the installation id or the organisation the App is installed on" });
  }
});
export type CreateIntegrationInput = z.input<typeof createIntegrationSchema>;

/** Every field optional; a blank secret keeps the stored one. */
export const updateIntegrationSchema = z.object({
  name: integrationNameSchema.optional(),
  auth: z.enum(["token", "app"]).optional(),
  baseUrl: common.baseUrl.optional(),
  org: z.preprocess((v) => (v === null ? "" : v), z.string().trim().max(100)).optional(),
  appId: blank(id),
  installationId: z.preprocess((v) => (v === "" ? null : v), id.nullable()).optional(),
  token: blank(z.string().trim().min(1)),
  privateKey: blank(z.string().trim().includes("PRIVATE KEY", { message: "paste the App's private key (PEM)" })),
  webhookSecret: blank(z.string().min(16, "at least 16 characters").max(200)),
});
export type UpdateIntegrationInput = z.input<typeof updateIntegrationSchema>;

const rateLimitSchema = z.object({ limit: z.number(), remaining: z.number(), used: z.number(), resetAt: z.string(), resource: z.string() });

/** What any API or page sees of an integration: never a secret, only whether one is set. */
export const integrationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  auth: z.enum(["token", "app"]),
  baseUrl: z.string(),
  appId: z.number().nullable(),
  installationId: z.number().nullable(),
  org: z.string().nullable(),
  hasToken: z.boolean(),
  hasPrivateKey: z.boolean(),
  hasWebhookSecret: z.boolean(),
  status: z.string(),
  statusMessage: z.string(),
  checkedAt: z.date().nullable(),
  rateLimit: rateLimitSchema.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type IntegrationView = z.infer<typeof integrationSchema>;

export const testResultSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  connectedAs: z.string().nullable(),
  repositoryCount: z.number().nullable(),
  rateLimit: rateLimitSchema.nullable(),
});
