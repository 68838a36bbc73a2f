"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export async function markAllReadAction() {
  const actor = await requireActor();
  await markNotificationsRead(actor);
  revalidatePath("/notifications");
}
