// PATCH/DELETE /api/v1/teams/{slug}/members/{userId} - change a member's role, or remove them
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { updateMemberSchema } from "@/lib/teams/schemas";
import { removeTeamMember, updateTeamMember } from "@/lib/teams/team-members";

const params = z.object({ slug: z.string().min(1), userId: z.string().min(1) });

export const PATCH = apiRoute(
  "/api/v1/teams/{slug}/members/{userId}",
  { scope: "write", params, body: updateMemberSchema },
  ({ actor, params, body }) => updateTeamMember(actor, params.slug, params.userId, body),
);

export const DELETE = apiRoute("/api/v1/teams/{slug}/members/{userId}", { scope: "write", params }, async ({ actor, params }) => {
  await removeTeamMember(actor, params.slug, params.userId);
  return new ApiResponse(null, 204);
});
