"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { runForm, type FormState } from "@/lib/forms";
import { createTeam } from "@/lib/teams/create-team";
import { deleteTeam } from "@/lib/teams/delete-team";
import { addTeamMember, removeTeamMember, updateTeamMember } from "@/lib/teams/team-members";
import { updateTeam } from "@/lib/teams/update-team";

export async function createTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const state = await runForm(formData, async (v) => {
    const team = await createTeam(actor, { slug: v.slug ?? "", name: v.name ?? "", description: v.description ?? "" });
    return { message: `Created team ${team.name}.`, data: undefined };
  });
  if (state.status === "ok") redirect(`/teams/${String(formData.get("slug")).trim().toLowerCase()}`);
  return state;
}

export async function updateTeamAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const slug = String(formData.get("$slug"));
  return runForm(formData, async (v) => {
    await updateTeam(actor, slug, { name: v.name ?? "", description: v.description ?? "" });
    revalidatePath(`/teams/${slug}`);
    return { message: "Saved." };
  });
}

export async function addMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const slug = String(formData.get("$slug"));
  return runForm(formData, async (v) => {
    await addTeamMember(actor, slug, { email: v.email ?? "", role: v.role === "maintainer" ? "maintainer" : "member" });
    revalidatePath(`/teams/${slug}`);
    return { message: `Added ${v.email}.` };
  });
}

export async function changeMemberRoleAction(slug: string, userId: string, role: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await updateTeamMember(actor, slug, userId, { role }); // the domain validates the role
    return { message: "Role changed." };
  });
  revalidatePath(`/teams/${slug}`);
  return state.status === "error" ? { error: state.message } : undefined;
}

export async function removeMemberAction(slug: string, userId: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await removeTeamMember(actor, slug, userId);
    return { message: "Removed." };
  });
  revalidatePath(`/teams/${slug}`);
  return state.status === "error" ? { error: state.message } : undefined;
}

export async function deleteTeamAction(slug: string) {
  const actor = await requireActor();
  const state = await runForm(new FormData(), async () => {
    await deleteTeam(actor, slug);
    return { message: "Deleted." };
  });
  if (state.status === "error") return { error: state.message };
  revalidatePath("/teams");
  redirect("/teams");
}
