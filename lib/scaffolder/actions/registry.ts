import "server-only";
// Every action a step may use. Adding one: a file in this folder, a line here, and its id in
// ../action-ids.ts (the catalog refuses templates naming anything else).
import type { ActionDefinition } from "./define-action";
import { catalogRegister } from "./catalog-register";
import { debugLog } from "./debug-log";
import { fetchPlain } from "./fetch-plain";
import { fetchTemplate } from "./fetch-template";
import { githubActionsDispatch } from "./github-actions-dispatch";
import { notificationSend } from "./notification-send";
import { publishGit } from "./publish-git";
import { publishGithub } from "./publish-github";

const actions = [fetchTemplate, fetchPlain, publishGit, publishGithub, catalogRegister, githubActionsDispatch, notificationSend, debugLog] as const;

const byId: ReadonlyMap<string, ActionDefinition> = new Map(actions.map((a) => [a.id, a as unknown as ActionDefinition]));

export function getAction(id: string): ActionDefinition | undefined {
  return byId.get(id);
}

export const registeredActionIds: readonly string[] = actions.map((a) => a.id);

/** Actions that change something outside the workspace: a dry run logs what they would do instead. */
export const sideEffectActions: ReadonlySet<string> = new Set(["publish:git", "publish:github", "catalog:register", "github:actions:dispatch", "notification:send"]);
