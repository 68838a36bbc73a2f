// POST /api/v1/teams/{slug}/members - add a member by email (admins, platform, the team's maintainers)
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { addMemberSchema } from "@/lib/teams/schemas";
import { addTeamMember } from "@/lib/teams/team-members";

const params = z.object({ slug: z.string().min(1) });

export const POST = apiRoute("/api/v1/teams/{slug}/members", { scope: "write", params, body: addMemberSchema }, async ({ actor, params, body }) => {
  return new ApiResponse(await addTeamMember(actor, params.slug, body), 201);
});
