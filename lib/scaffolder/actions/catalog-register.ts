import "server-only";
// Register the new repository's catalog file: from the portal's own git server, or from GitHub
// through the same path as a file URL location (read first; a failure stores nothing).
import { z } from "zod";
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { registerGithubLocation } from "../../catalog/github/register-github-location";
import { registerLocalRepo } from "../local-git/register-local-repo";
import { parseLocalBlobUrl } from "../portal-repo-url";
import { defineAction } from "./define-action";

export const catalogRegister = defineAction({
  id: "catalog:register",
  description: "Register a catalog-info.yaml in the catalog (from the portal's git server or GitHub).",
  input: z
    .object({
      catalogInfoUrl: z.string().optional(),
      repoContentsUrl: z.string().optional(),
      catalogInfoPath: z.string().default("/catalog-info.yaml"),
      optional: z.boolean().default(false),
    })
    .refine((i) => i.catalogInfoUrl || i.repoContentsUrl, { message: "give catalogInfoUrl, or repoContentsUrl and catalogInfoPath" }),
  output: z.object({ entityRef: z.string().optional(), catalogInfoUrl: z.string() }),
  async handler({ input, log, actor, portalUrl, checkpoint }) {
    const url = input.catalogInfoUrl ?? `${input.repoContentsUrl!.replace(/\/+$/, "")}/${input.catalogInfoPath.replace(/^\/+/, "")}`;
    // The scaffolder registers for the person who ran the template; the audit log says both.
    const as = { ...systemActor, name: "Scaffolder", email: `scaffolder (for ${actor.email})`, requestId: actor.requestId };
    try {
      return await checkpoint("register", async () => {
        const local = parseLocalBlobUrl(url);
        if (local) {
          const registered = await registerLocalRepo(as, { ...local, portalUrl });
          await log(`Registered ${registered.entities.join(", ")} from ${url}`);
          return { entityRef: registered.entityRef, catalogInfoUrl: url };
        }
        const location = await registerGithubLocation(as, { type: "url", target: url });
        const entities = await db.entity.findMany({ where: { locationId: location.id, kind: { not: "Location" } }, select: { ref: true }, orderBy: { createdAt: "asc" } });
        if (!entities.length) {
          const row = await db.location.findUnique({ where: { id: location.id }, select: { lastError: true } });
          await db.location.delete({ where: { id: location.id } });
          throw new Error(`${url} could not be registered: ${row?.lastError ?? "it defines no entity"}`);
        }
        await log(`Registered ${entities.map((e) => e.ref).join(", ")} from ${url}`);
        return { entityRef: entities[0]!.ref, catalogInfoUrl: url };
      });
    } catch (error) {
      if (!input.optional) throw error;
      await log(`Not registered (optional): ${error instanceof Error ? error.message : String(error)}`, "warn");
      return { catalogInfoUrl: url };
    }
  },
});
