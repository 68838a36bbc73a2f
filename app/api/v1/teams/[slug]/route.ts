// GET/PATCH/DELETE /api/v1/teams/{slug} - a team with its members; change (maintainers) or delete (admins, platform)
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { deleteTeam } from "@/lib/teams/delete-team";
import { getTeam } from "@/lib/teams/get-team";
import { updateTeamSchema } from "@/lib/teams/schemas";
import { updateTeam } from "@/lib/teams/update-team";

const params = z.object({ slug: z.string().min(1) });

export const GET = apiRoute("/api/v1/teams/{slug}", { scope: "read", params }, ({ actor, params }) => getTeam(actor, params.slug));

export const PATCH = apiRoute("/api/v1/teams/{slug}", { scope: "write", params, body: updateTeamSchema }, ({ actor, params, body }) =>
  updateTeam(actor, params.slug, body),
);

export const DELETE = apiRoute("/api/v1/teams/{slug}", { scope: "write", params }, async ({ actor, params }) => {
  await deleteTeam(actor, params.slug);
  return new ApiResponse(null, 204);
});
