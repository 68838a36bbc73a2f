// DELETE /api/v1/tokens/{id} - revoke a token (yours, or any for admins)
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { revokeToken } from "@/lib/tokens/revoke-token";

const params = z.object({ id: z.string().min(1) });

export const DELETE = apiRoute("/api/v1/tokens/{id}", { scope: "write", params }, async ({ actor, params }) => {
  await revokeToken(actor, params.id);
  return new ApiResponse(null, 204);
});
