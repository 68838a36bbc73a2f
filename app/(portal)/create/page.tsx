import { ListChecks, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { requireActor } from "@/lib/auth/session";
import { listTemplates } from "@/lib/scaffolder/list-templates";

export const metadata: Metadata = { title: "Create" };

type Search = { q?: string; type?: string; tag?: string; owner?: string };

export default async function CreatePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const query = Object.fromEntries(Object.entries(sp).filter(([, v]) => typeof v === "string" && v.trim())) as Search;
  const { items, facets } = await listTemplates(actor, query);
  const filtered = Object.keys(query).length > 0;
  return (
    <>
      <PageHeader
        title="Create"
        description="Start a new service from a golden path: answer a few questions, check the dry run, and get a repository with CI, a container and deploy manifests, registered in the catalog."
        actions={
          <Button asChild variant="secondary">
            <Link href="/create/tasks"><ListChecks aria-hidden /> Tasks</Link>
          </Button>
        }
      />
      <form role="search" aria-label="Filter templates" className="mb-6 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end" action="/create">
        <label className="grid gap-1 text-xs font-medium">
          Search
          <Input name="q" defaultValue={query.q} placeholder="node, python, website…" />
        </label>
        <label className="grid gap-1 text-xs font-medium">
          Type
          <Select name="type" defaultValue={query.type ?? ""}>
            <option value="">Any type</option>
            {facets.types.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        </label>
        <label className="grid gap-1 text-xs font-medium">
          Tag
          <Select name="tag" defaultValue={query.tag ?? ""}>
            <option value="">Any tag</option>
            {facets.tags.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        </label>
        <label className="grid gap-1 text-xs font-medium">
          Owner
          <Select name="owner" defaultValue={query.owner ?? ""}>
            <option value="">Any owner</option>
            {facets.owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </label>
        <Button type="submit" variant="secondary">Filter</Button>
      </form>
      {items.length === 0 ? (
        <EmptyState
          icon={Sparkles}
          title={filtered ? "No template matches" : "No templates yet"}
          description={filtered ? "Clear a filter or search for something else." : "Register a Backstage template (kind: Template) from a repository in Locations; the built-in golden paths appear after the next start."}
          action={filtered ? <Button asChild variant="secondary"><Link href="/create">Clear filters</Link></Button> : undefined}
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Templates">
          {items.map((t) => (
            <li key={t.ref}>
              <Card className="flex h-full flex-col">
                <CardHeader>
                  <div className="min-w-0">
                    <CardTitle>{t.title}</CardTitle>
                    <CardDescription>{t.type ?? "template"}{t.ownerRef ? ` · ${t.ownerRef.replace(/^group:default\//, "")}` : ""}{t.isBuiltin ? " · built-in" : ""}</CardDescription>
                  </div>
                </CardHeader>
                <CardContent className="flex flex-1 flex-col gap-3">
                  <p className="text-sm text-muted-foreground">{t.description ?? "No description."}</p>
                  {t.tags.length > 0 && (
                    <div className="flex flex-wrap gap-1">{t.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</div>
                  )}
                  <div className="mt-auto">
                    <Button asChild>
                      <Link href={`/create/templates/${encodeURIComponent(t.namespace)}/${encodeURIComponent(t.name)}`} aria-label={`Choose ${t.title}`}>Choose</Link>
                    </Button>
                  </div>
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
