import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/scaffolder/get-template";
import { listGithubHosts } from "@/lib/scaffolder/github-host";
import { parameterPages } from "@/lib/scaffolder/template-spec";
import { TemplateWizard } from "./template-wizard";

export const metadata: Metadata = { title: "Create from a template" };

export default async function TemplatePage({ params }: { params: Promise<{ namespace: string; name: string }> }) {
  await requirePermission("write");
  const { namespace, name } = await params;
  const template = await getTemplate(`template:${decodeURIComponent(namespace)}/${decodeURIComponent(name)}`).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [teams, hosts, entities] = await Promise.all([
    db.team.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 1000 }),
    listGithubHosts(),
    db.entity.findMany({ where: { kind: { notIn: ["Group", "User", "Location", "Template"] }, orphanedAt: null }, select: { ref: true, kind: true }, orderBy: { ref: "asc" }, take: 1000 }),
  ]);
  return (
    <>
      <PageHeader
        title={template.title}
        description={template.description ?? undefined}
        breadcrumbs={[{ label: "Create", href: "/create" }]}
        actions={<Link className="text-sm underline-offset-2 hover:underline" href={`/create/tasks?template=${encodeURIComponent(template.ref)}`}>Runs of this template</Link>}
      />
      <TemplateWizard
        template={{ ref: template.ref, title: template.title, pages: parameterPages(template.spec) }}
        teams={teams}
        githubHosts={hosts.map((h) => ({ host: h.host, name: h.name, org: h.org }))}
        entities={entities}
      />
    </>
  );
}
