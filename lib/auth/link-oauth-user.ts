import "server-only";
import { db } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { systemActor } from "./actor";

type OAuthIdentity = { provider: string; providerAccountId: string; type: string; email?: string | null; name?: string | null; image?: string | null };

/**
 * The portal user for a GitHub or OIDC sign-in: the linked one, else the user with the same
 * email (linked now), else a new developer. Null when that user is disabled or has no email.
 */
export async function linkOAuthUser(identity: OAuthIdentity): Promise<string | null> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? null : linked.user.id;
  if (!identity.email) return null;
  const email = identity.email.toLowerCase();
  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email } });
    if (user?.disabledAt) return null;
    if (!user) {
      user = await tx.user.create({
        data: { email, name: identity.name || email.split("@")[0]!, image: identity.image ?? null, role: "developer" },
      });
      await recordAudit(tx, systemActor, {
        action: "user.create",
        targetType: "user",
        targetId: user.id,
        targetLabel: email,
        after: { email, role: user.role, via: identity.provider },
      });
    }
    await tx.account.create({
      data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId, type: identity.type },
    });
    return user.id;
  });
}
