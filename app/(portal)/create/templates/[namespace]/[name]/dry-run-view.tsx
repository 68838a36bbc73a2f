"use client";
// The files a dry run would publish: a tree of paths on the left, the chosen file on the right.
import { File } from "lucide-react";
import { useState } from "react";
import { Status, statusOf } from "@/components/ui/status";
import type { DryRunResult } from "@/lib/scaffolder/schemas";

export function DryRunView({ result }: { result: DryRunResult }) {
  const [selected, setSelected] = useState(result.files.find((f) => f.path === "catalog-info.yaml")?.path ?? result.files[0]?.path ?? "");
  const file = result.files.find((f) => f.path === selected);
  return (
    <section aria-label="Dry run" className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Status status={statusOf(result.status)} label={result.status === "succeeded" ? "Dry run succeeded" : "Dry run failed"} />
        <span className="text-muted-foreground">{result.files.length} files would be published; nothing was written.</span>
      </div>
      {result.error && <p className="rounded-md border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-danger">{result.error}</p>}
      <ol className="grid gap-1 text-sm" aria-label="Dry run steps">
        {result.steps.map((s) => (
          <li key={s.id} className="flex items-center gap-2"><Status status={statusOf(s.status)} label={s.status} /> {s.name} <code className="text-xs text-muted-foreground">{s.action}</code></li>
        ))}
      </ol>
      {result.files.length > 0 && (
        <div className="grid gap-3 md:grid-cols-[minmax(14rem,1fr)_3fr]">
          <ul aria-label="Files" className="max-h-[28rem] overflow-auto rounded-md border p-1 text-sm">
            {result.files.map((f) => (
              <li key={f.path}>
                <button
                  type="button"
                  aria-pressed={f.path === selected}
                  onClick={() => setSelected(f.path)}
                  className="flex w-full items-center gap-1.5 rounded px-2 py-1 text-left font-mono text-xs hover:bg-muted aria-pressed:bg-muted aria-pressed:font-semibold"
                  style={{ paddingLeft: `${0.5 + (f.path.split("/").length - 1) * 0.75}rem` }}
                >
                  <File aria-hidden className="size-3.5 shrink-0" /> {f.path}
                </button>
              </li>
            ))}
          </ul>
          {file && (
            <figure className="min-w-0">
              <figcaption className="mb-1 font-mono text-xs">{file.path} · {file.size} bytes</figcaption>
              <pre aria-label={`Contents of ${file.path}`} className="max-h-[28rem] overflow-auto rounded-md border bg-muted p-3 text-xs">{file.encoding === "utf8" ? file.content : "(binary file)"}</pre>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
