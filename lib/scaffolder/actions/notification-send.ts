import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { resolveRecipients, sendNotification } from "../../notifications/send-notification";
import { defineAction } from "./define-action";

export const notificationSend = defineAction({
  id: "notification:send",
  description: "Send an in-app notification to people, teams, everyone, or the person who ran the template.",
  input: z.object({
    recipients: z.enum(["entity", "broadcast", "self"]).default("self"),
    entityRefs: z.array(z.string()).default([]),
    title: z.string().min(1),
    info: z.string().optional(),
    link: z.string().optional(),
    severity: z.enum(["low", "normal", "high", "critical"]).default("normal"),
    optional: z.boolean().default(false),
  }),
  output: z.object({ sent: z.number() }),
  async handler({ input, log, actor, checkpoint }) {
    const sent = await checkpoint("send", async () => {
      const userIds =
        input.recipients === "broadcast"
          ? (await db.user.findMany({ where: { disabledAt: null }, select: { id: true } })).map((u) => u.id)
          : input.recipients === "self"
            ? actor.userId ? [actor.userId] : []
            : await resolveRecipients(db, input.entityRefs);
      return sendNotification(db, userIds, { title: input.title, body: input.info, link: input.link, severity: input.severity });
    });
    await log(sent ? `Notified ${sent} ${sent === 1 ? "person" : "people"}: ${input.title}` : `No one to notify for ${input.recipients === "entity" ? input.entityRefs.join(", ") || "(no refs)" : input.recipients}`, sent ? "info" : "warn");
    return { sent };
  },
});
