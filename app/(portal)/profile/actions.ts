"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { runForm, type FormState } from "@/lib/forms";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import { changePassword } from "@/lib/users/change-password";
import { updateUser } from "@/lib/users/update-user";

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runForm(formData, async (v) => {
    await updateUser(actor, actor.userId!, { name: v.name ?? "" });
    revalidatePath("/", "layout");
    return { message: "Saved." };
  });
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runForm(formData, async () => {
    await changePassword(actor, { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
    return { message: "Password changed." };
  });
}

export type CreatedToken = { token: string; name: string };

export async function createTokenAction(_prev: FormState<CreatedToken>, formData: FormData): Promise<FormState<CreatedToken>> {
  const actor = await requireActor();
  return runForm<CreatedToken>(formData, async (v) => {
    const days = v.expiresInDays === "never" ? null : Number(v.expiresInDays);
    const created = await createToken(actor, { name: v.name ?? "", scope: v.scope === "write" ? "write" : "read", expiresInDays: days });
    revalidatePath("/profile");
    return { message: "Token created.", data: { token: created.token, name: created.name } };
  });
}

export async function revokeTokenAction(id: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await revokeToken(actor, id);
    return { message: "Revoked." };
  });
  revalidatePath("/profile");
  return state.status === "error" ? { error: state.message } : undefined;
}
