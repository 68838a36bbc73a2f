import { z } from "zod";
import { pageQuerySchema } from "../db/cursor";

// Kept free of server code: client forms import these schemas too.
export const passwordSchema = z.string().min(12, "at least 12 characters").max(200, "at most 200 characters");

export const roleSchema = z.enum(["admin", "platform", "developer", "viewer"]);

export const createUserSchema = z.object({
  email: z.email("must be an email address").transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, "give a name").max(120),
  role: roleSchema.default("developer"),
  /** Leave empty to generate a temporary password, shown once. */
  password: passwordSchema.optional(),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: z.string().trim().min(1, "give a name").max(120),
    role: roleSchema,
    disabled: z.boolean(),
  })
  .partial();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "enter your current password"),
  newPassword: passwordSchema,
});

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  isDemo: z.boolean(),
  disabledAt: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isDemo: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;
