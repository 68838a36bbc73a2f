import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { OpenApiOperation } from "./openapi";

// The word carries the meaning; the color only helps scanning (tokens are AA in both themes).
const methodLook: Record<string, string> = {
  GET: "border-primary/30 bg-primary/10 text-primary",
  POST: "border-success/30 bg-success/10 text-success",
  PUT: "border-warning/30 bg-warning/10 text-warning",
  PATCH: "border-warning/30 bg-warning/10 text-warning",
  DELETE: "border-danger/30 bg-danger/10 text-danger",
};

export function MethodBadge({ method }: { method: string }) {
  return <span className={cn("inline-flex w-16 shrink-0 justify-center rounded-sm border px-1.5 py-0.5 font-mono text-xs font-semibold", methodLook[method] ?? "border-border bg-muted text-foreground")}>{method}</span>;
}

export function OpenApiOperations({ operations }: { operations: OpenApiOperation[] }) {
  if (operations.length === 0) return <p className="text-sm text-muted-foreground">The document defines no paths.</p>;
  return (
    <ul aria-label="Operations" className="divide-y rounded-lg border">
      {operations.map((op) => (
        <li key={`${op.method} ${op.path}`}>
          <details className="group">
            <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-3 py-2 hover:bg-muted/60">
              <MethodBadge method={op.method} />
              <code className={cn("text-sm font-medium", op.deprecated && "line-through")}>{op.path}</code>
              <span className="text-sm text-muted-foreground">{op.summary}</span>
              {op.deprecated && <Badge tone="danger">deprecated</Badge>}
            </summary>
            <div className="grid gap-4 border-t bg-background px-4 py-3 text-sm">
              {op.description && <p>{op.description}</p>}
              {op.operationId && (
                <p className="text-xs text-muted-foreground">
                  operationId <code>{op.operationId}</code>
                  {op.tags.length > 0 && <> · tags {op.tags.join(", ")}</>}
                </p>
              )}
              <section>
                <h4 className="mb-1 text-xs font-semibold text-muted-foreground uppercase">Parameters</h4>
                {op.parameters.length === 0 ? (
                  <p className="text-muted-foreground">None.</p>
                ) : (
                  <ul className="grid gap-1">
                    {op.parameters.map((p) => (
                      <li key={`${p.in}:${p.name}`}>
                        <code className="font-medium">{p.name}</code> <span className="text-xs text-muted-foreground">in {p.in}{p.type && `, ${p.type}`}{p.required && ", required"}</span>
                        {p.description && <span className="text-muted-foreground"> — {p.description}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {op.requestBody.length > 0 && (
                <section>
                  <h4 className="mb-1 text-xs font-semibold text-muted-foreground uppercase">Request body</h4>
                  <p>{op.requestBody.map((c) => <code key={c} className="mr-2">{c}</code>)}</p>
                </section>
              )}
              <section>
                <h4 className="mb-1 text-xs font-semibold text-muted-foreground uppercase">Responses</h4>
                <ul className="grid gap-1">
                  {op.responses.map((r) => (
                    <li key={r.code}>
                      <code className="font-medium">{r.code}</code> <span className="text-muted-foreground">{r.description ?? ""}</span>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
