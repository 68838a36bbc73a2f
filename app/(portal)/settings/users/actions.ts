"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { runForm, type FormState } from "@/lib/forms";
import { createUser } from "@/lib/users/create-user";
import { roleSchema } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

export type CreatedUser = { email: string; temporaryPassword: string | null };

export async function createUserAction(_prev: FormState<CreatedUser>, formData: FormData): Promise<FormState<CreatedUser>> {
  const actor = await requirePermission("users.manage");
  return runForm<CreatedUser>(formData, async (v) => {
    const password = String(formData.get("password") ?? "");
    const { user, temporaryPassword } = await createUser(actor, {
      email: v.email ?? "",
      name: v.name ?? "",
      role: roleSchema.catch("developer").parse(v.role),
      ...(password && { password }),
    });
    revalidatePath("/settings/users");
    return { message: `Created ${user.email}.`, data: { email: user.email, temporaryPassword } };
  });
}

export async function setRoleAction(userId: string, role: string) {
  const actor = await requirePermission("users.manage");
  const state = await runForm(new FormData(), async () => {
    await updateUser(actor, userId, { role: roleSchema.parse(role) });
    return { message: "Role changed." };
  });
  revalidatePath("/settings/users");
  return state.status === "error" ? { error: state.message } : undefined;
}

export async function setDisabledAction(userId: string, disabled: boolean) {
  const actor = await requirePermission("users.manage");
  const state = await runForm(new FormData(), async () => {
    await updateUser(actor, userId, { disabled });
    return { message: disabled ? "Disabled." : "Enabled." };
  });
  revalidatePath("/settings/users");
  return state.status === "error" ? { error: state.message } : undefined;
}
