// The README of the entity's repository, read on the server through the GitHub facade and
// rendered there: Markdown becomes React elements (raw HTML in it is not rendered), so the
// page ships no Markdown code to the browser and a README cannot inject script.
import { BookOpen } from "lucide-react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/auth/actor";
import { getEntityReadme } from "@/lib/catalog/github/get-entity-readme";

// The page has its h1 and the card its h2: a README's headings start one level below.
const headings = { h1: "h3", h2: "h4", h3: "h5", h4: "h6" } as const;

export async function ReadmeTab({ actor, entityRef }: { actor: Actor; entityRef: string }) {
  const readme = await getEntityReadme(actor, entityRef);
  if (!readme.ok) return <EmptyState icon={BookOpen} title="No README to show" description={`Not available: ${readme.reason}.`} />;
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          {readme.repo}/{readme.path}
        </CardTitle>
      </CardHeader>
      <CardContent className="markdown max-w-none text-sm leading-6">
        <ReactMarkdown remarkPlugins={[remarkGfm]} components={headings}>{readme.text}</ReactMarkdown>
      </CardContent>
    </Card>
  );
}
