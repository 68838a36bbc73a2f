// Handlers for GitHub events. Later features register here (the catalog on push, pipelines on
// workflow_run, ...) from a module imported by ./handlers.ts, so the web server and every worker
// process know the same handlers.
import type { Logger } from "pino";
import type { Db } from "../db/client";
import type { GithubEvent, GithubEventName } from "./github-events";

export type GithubHandlerContext = { db: Db; log: Logger };
export type GithubHandler<E extends GithubEventName> = (event: GithubEvent<E>, ctx: GithubHandlerContext) => Promise<void> | void;

const handlers = new Map<GithubEventName, GithubHandler<GithubEventName>[]>();

/** Register a handler; returns a function that removes it again (tests). */
export function onGithubEvent<E extends GithubEventName>(event: E, handler: GithubHandler<E>): () => void {
  const list = handlers.get(event) ?? [];
  list.push(handler as GithubHandler<GithubEventName>);
  handlers.set(event, list);
  return () => {
    const current = handlers.get(event) ?? [];
    handlers.set(event, current.filter((h) => h !== (handler as GithubHandler<GithubEventName>)));
  };
}

export function githubHandlersFor(event: GithubEventName): readonly GithubHandler<GithubEventName>[] {
  return handlers.get(event) ?? [];
}
