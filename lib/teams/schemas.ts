import { z } from "zod";

// Team slugs follow Backstage's entity name rules, so a team is also a catalog Group.
export const teamSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "give a slug")
  .max(63, "at most 63 characters")
  .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "lowercase letters, digits and single - _ . between them");

export const teamRoleSchema = z.enum(["maintainer", "member"]);

export const createTeamSchema = z.object({
  slug: teamSlugSchema,
  name: z.string().trim().min(1, "give a name").max(120),
  description: z.string().trim().max(1000).default(""),
});
export type CreateTeamInput = z.input<typeof createTeamSchema>;

export const updateTeamSchema = z
  .object({ name: z.string().trim().min(1, "give a name").max(120), description: z.string().trim().max(1000) })
  .partial();

export const addMemberSchema = z.object({
  email: z.email("must be an email address").transform((e) => e.toLowerCase()),
  role: teamRoleSchema.default("member"),
});
export type AddMemberInput = z.input<typeof addMemberSchema>;

export const updateMemberSchema = z.object({ role: teamRoleSchema });

export const teamSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  isDemo: z.boolean(),
  memberCount: z.number().int(),
});

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: teamRoleSchema,
});
