import { FileCode } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { EntityDetail } from "@/lib/catalog/query/get-entity";
import { CodeView, languageOf } from "./code-view";
import { openApiSummary } from "./openapi";
import { OpenApiOperations } from "./openapi-operations";

export function ApiDefinitionTab({ entity }: { entity: EntityDetail }) {
  const definition = typeof entity.spec.definition === "string" ? entity.spec.definition : "";
  const type = typeof entity.spec.type === "string" ? entity.spec.type : undefined;
  if (!definition.trim()) {
    return <EmptyState icon={FileCode} title="No definition" description="Put the OpenAPI, AsyncAPI, GraphQL or gRPC text in spec.definition (or $text: ./openapi.yaml)." />;
  }
  const openapi = type?.toLowerCase() === "openapi" ? openApiSummary(definition) : null;
  return (
    // minmax(0, 1fr): the long lines scroll inside the code box instead of widening the page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      {openapi && (
        <Card>
          <CardHeader>
            <div>
              <CardTitle>Operations</CardTitle>
              <CardDescription>
                {openapi.title ?? entity.metadata.name}
                {openapi.version && ` · version ${openapi.version}`} · {openapi.operations.length} operations
              </CardDescription>
            </div>
          </CardHeader>
          <CardContent>
            <OpenApiOperations operations={openapi.operations} />
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Definition</CardTitle>
            <CardDescription>{type ?? "unknown type"}, {definition.split("\n").length} lines</CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <CodeView text={definition} lang={languageOf(type, definition)} label={`${type ?? "API"} definition of ${entity.metadata.name}`} />
        </CardContent>
      </Card>
    </div>
  );
}
