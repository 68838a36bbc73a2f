import "server-only";
// "Test" on the settings screen: a failure from GitHub is an answer, not an error, so it is
// returned in plain words and saved as the integration's status.
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError, toAppError } from "../errors";
import { log } from "../log";
import { checkGithub, describeCheck } from "./github/check";
import type { ClientOptions } from "./github/client";
import { toConnection } from "./stored";

export async function testIntegration(actor: Actor, id: string, options: ClientOptions = {}) {
  assertCan(actor, "integrations.manage");
  const row = await db.integration.findUnique({ where: { id }, omit: { secrets: false } });
  if (!row) throw AppError.notFound(`integration '${id}'`);
  let result;
  try {
    const check = await checkGithub(toConnection(row), { retries: 1, maxRateLimitWaitSeconds: 0, ...options });
    result = { ok: true, message: describeCheck(check), connectedAs: check.connectedAs, repositoryCount: check.repositoryCount, rateLimit: check.rateLimit };
  } catch (error) {
    const known = toAppError(error);
    if (!known) log.error({ err: error, integrationId: id }, "unexpected error testing an integration");
    const message = known ? known.message.charAt(0).toUpperCase() + known.message.slice(1) : "The test failed unexpectedly; see the server log";
    result = { ok: false, message, connectedAs: null, repositoryCount: null, rateLimit: null };
  }
  await db.integration.update({
    where: { id },
    data: {
      status: result.ok ? "success" : "failure",
      statusMessage: result.message,
      checkedAt: new Date(),
      ...(result.rateLimit && { rateLimit: result.rateLimit }),
    },
  });
  return result;
}
