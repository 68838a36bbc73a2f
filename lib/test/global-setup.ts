// Vitest global setup, once per project (sqlite, postgresql): migrate a template database.
import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate } from "./databases";

export default async function setup(project: TestProject) {
  const provider = project.name;
  const template = await createTemplate(provider);
  project.provide("dbTemplate", template);
  return async () => dropTemplate(provider, template);
}

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}
