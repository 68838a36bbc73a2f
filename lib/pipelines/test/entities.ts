// Entity rows for pipelines, deployments and DORA tests: a component with a repository slug,
// an optional deploy workflow and an owner team.
import { db } from "../../db/client";
import { unique } from "../../test/fixtures";

export async function createComponent(options: { name?: string; slug?: string; deployWorkflow?: string; ownerSlug?: string } = {}) {
  const name = options.name ?? unique("svc");
  const annotations: Record<string, string> = {};
  if (options.slug) annotations["github.com/project-slug"] = options.slug;
  if (options.deployWorkflow) annotations["flightdeck.dev/deploy-workflow"] = options.deployWorkflow;
  const ownerRef = options.ownerSlug ? `group:default/${options.ownerSlug}` : null;
  return db.entity.create({
    data: { ref: `component:default/${name}`, kind: "Component", namespace: "default", name, type: "service", lifecycle: "production", ownerRef, tags: [], labels: {}, annotations, links: [], spec: { type: "service", lifecycle: "production", ...(options.ownerSlug && { owner: options.ownerSlug }) } },
  });
}
