// An action is one file: an id, zod schemas for its input and output, and a handler that works
// in the task's workspace. The runner validates the input before and the output after.
import type { z } from "zod";
import type { Actor } from "../../auth/actor";
import type { ActionId } from "../action-ids";
import type { TemplateSource } from "../template-source";

export type ActionContext<I> = {
  input: I;
  /** The task's working directory: fetch:* write into it, publish:* read from it. */
  workspace: string;
  /** Where the template's own files are (fetch:template's `url: ./skeleton` is read from here). */
  template: TemplateSource;
  log: (message: string, level?: "info" | "warn" | "error") => Promise<void>;
  /** The person who started the task (catalog:register and publish act for them). */
  actor: Actor;
  taskId: string;
  /** Where the portal is reached, for clone links. */
  portalUrl: string;
  /** A dry run writes files but publishes, registers and notifies nothing. */
  isDryRun: boolean;
  signal: AbortSignal;
  /**
   * Run `fn` once per task step: a retry of the step returns what the first run stored instead
   * of doing it again (a repository created before a later call failed).
   */
  checkpoint: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
};

export type ActionDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  id: ActionId;
  description: string;
  input: I;
  output: O;
  handler: (ctx: ActionContext<z.output<I>>) => Promise<z.input<O>>;
};

export function defineAction<I extends z.ZodType, O extends z.ZodType>(definition: ActionDefinition<I, O>) {
  return definition;
}
