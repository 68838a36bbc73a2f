import { z } from "zod";

export const tokenScopeSchema = z.enum(["read", "write"]);

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "give the token a name").max(80, "at most 80 characters"),
  scope: tokenScopeSchema,
  /** Days until it expires; null for a token that never expires. */
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: tokenScopeSchema,
  prefix: z.string().describe("the first characters of the token, to recognise it"),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const createdTokenSchema = tokenSchema.extend({
  token: z.string().describe("the secret; shown once, store it now"),
});
