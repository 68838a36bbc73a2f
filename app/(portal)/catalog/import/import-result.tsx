// The outcome of a preview or an import: counts, each entity with its status and field
// changes, and each rejected document with where and why.
import Link from "next/link";
import { entityHref } from "@/components/catalog/entity-href";
import { Badge } from "@/components/ui/badge";
import { Status, type StatusKind } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ImportOutcome } from "./actions";

const looks: Record<string, { status: StatusKind; preview: string; applied: string }> = {
  created: { status: "success", preview: "to create", applied: "created" },
  changed: { status: "warning", preview: "to change", applied: "changed" },
  unchanged: { status: "unknown", preview: "unchanged", applied: "unchanged" },
};

const show = (v: unknown) => (v === undefined || v === null ? "—" : typeof v === "string" ? v : JSON.stringify(v));

function Problems({ title, items }: { title: string; items: ImportOutcome["result"]["errors"] }) {
  if (items.length === 0) return null;
  return (
    <Table aria-label={title}>
      <THead>
        <Tr>
          <Th>File</Th>
          <Th>Document</Th>
          <Th>Line</Th>
          <Th>Field</Th>
          <Th>Problem</Th>
        </Tr>
      </THead>
      <TBody>
        {items.map((e, i) => (
          <Tr key={i}>
            <Td><code className="text-xs">{e.file}</code></Td>
            <Td>{e.documentIndex === null ? "whole file" : `#${e.documentIndex + 1}`}</Td>
            <Td className="tabular-nums">{e.line === null ? "—" : `line ${e.line}`}</Td>
            <Td><code className="text-xs">{e.fieldPath || "—"}</code></Td>
            <Td>{e.message}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const { result, applied } = outcome;
  const { summary } = result;
  const word = (s: keyof typeof looks) => (applied ? looks[s]!.applied : looks[s]!.preview);
  return (
    <section aria-label={applied ? "Import result" : "Import preview"} className="grid gap-4">
      <ul className="flex flex-wrap gap-2" aria-label="Summary">
        <li><Status status="success" label={`${summary.created} ${word("created")}`} /></li>
        <li><Status status="warning" label={`${summary.changed} ${word("changed")}`} /></li>
        <li><Status status="unknown" label={`${summary.unchanged} unchanged`} /></li>
        {summary.errors > 0 && <li><Status status="failure" label={`${summary.errors} ${summary.errors === 1 ? "document" : "documents"} rejected`} /></li>}
      </ul>
      <Problems title="Rejected documents" items={result.errors} />
      {result.entities.length > 0 && (
        <Table aria-label="Entities">
          <THead>
            <Tr>
              <Th>Entity</Th>
              <Th>Kind</Th>
              <Th>Status</Th>
              <Th>Changes</Th>
            </Tr>
          </THead>
          <TBody>
            {result.entities.map((e) => (
              <Tr key={e.ref}>
                <Td>
                  {applied || e.status !== "created" ? <Link className="font-medium hover:underline" href={entityHref(e)}>{e.ref}</Link> : <span className="font-medium">{e.ref}</span>}
                  <div className="text-xs text-muted-foreground">{e.file} #{e.documentIndex + 1}</div>
                </Td>
                <Td><Badge>{e.kind}</Badge></Td>
                <Td><Status status={looks[e.status]!.status} label={word(e.status)} /></Td>
                <Td className="max-w-md">
                  {e.changes.length === 0 ? (
                    <span className="text-muted-foreground">—</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-xs">{e.changes.map((c) => c.field).join(", ")}</summary>
                      <dl className="mt-1 grid gap-1 text-xs">
                        {e.changes.map((c) => (
                          <div key={c.field}>
                            <dt className="font-medium">{c.field}</dt>
                            <dd className="break-all text-muted-foreground"><del>{show(c.before)}</del> → <ins className="no-underline text-foreground">{show(c.after)}</ins></dd>
                          </div>
                        ))}
                      </dl>
                    </details>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Problems title="Warnings" items={result.warnings} />
    </section>
  );
}
