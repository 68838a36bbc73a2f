// GET /api/v1/users/{id} - a person and their teams; PATCH - name (self), role or disabled (admins)
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getUser } from "@/lib/users/get-user";
import { updateUserSchema } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

const params = z.object({ id: z.string().min(1) });

export const GET = apiRoute("/api/v1/users/{id}", { scope: "read", params }, ({ actor, params }) => getUser(actor, params.id));

export const PATCH = apiRoute("/api/v1/users/{id}", { scope: "write", params, body: updateUserSchema }, ({ actor, params, body }) =>
  updateUser(actor, params.id, body),
);
