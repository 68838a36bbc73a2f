import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getEntity } from "@/lib/catalog/query/get-entity";
import { AppError } from "@/lib/errors";

export type EntityParams = Promise<{ kind: string; namespace: string; name: string }>;

/** The entity named by the route, or the 404 page. */
export async function loadEntity(params: EntityParams) {
  const actor = await requireActor();
  const { kind, namespace, name } = await params;
  const ref = `${decodeURIComponent(kind)}:${decodeURIComponent(namespace)}/${decodeURIComponent(name)}`;
  try {
    return { actor, entity: await getEntity(actor, ref) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
