// A definition as text with line numbers and a light, regex-based highlight (keys, strings,
// comments, keywords), rendered on the server so no highlighter ships to the browser.
import type { ReactNode } from "react";

type Lang = "yaml" | "json" | "graphql" | "proto" | "text";

const KEYWORDS: Partial<Record<Lang, string[]>> = {
  graphql: ["type", "query", "mutation", "subscription", "schema", "input", "enum", "interface", "union", "scalar", "fragment", "on", "extend", "implements", "directive"],
  proto: ["syntax", "package", "import", "option", "message", "service", "rpc", "returns", "enum", "repeated", "optional", "oneof", "map", "stream", "reserved"],
};
const MAX_HIGHLIGHTED_LINES = 5000;

export function languageOf(apiType: string | undefined, text: string): Lang {
  const t = (apiType ?? "").toLowerCase();
  if (t === "graphql") return "graphql";
  if (t === "grpc") return "proto";
  if (t === "openapi" || t === "asyncapi") return text.trimStart().startsWith("{") ? "json" : "yaml";
  return "text";
}

function tokenRegex(lang: Lang): RegExp | null {
  if (lang === "text") return null;
  const comment = lang === "yaml" || lang === "graphql" ? String.raw`(?:^|(?<=\s))#.*$` : lang === "proto" ? String.raw`\/\/.*$` : String.raw`(?!)`;
  const key = lang === "yaml" ? String.raw`^\s*(?:-\s+)?[^\s#'"{}\[\],][^:#]*?(?=:(?:\s|$))` : lang === "json" ? String.raw`"(?:[^"\\]|\\.)*"(?=\s*:)` : String.raw`(?!)`;
  const words = KEYWORDS[lang];
  const keyword = words ? String.raw`\b(?:${words.join("|")})\b` : String.raw`(?!)`;
  return new RegExp(`(?<comment>${comment})|(?<key>${key})|(?<string>"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*')|(?<keyword>${keyword})`, "g");
}

const classes = { comment: "text-muted-foreground italic", key: "text-primary", string: "text-success", keyword: "text-running font-medium" } as const;

function highlight(line: string, re: RegExp | null): ReactNode {
  if (!re) return line;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of line.matchAll(re)) {
    const kind = (Object.keys(classes) as (keyof typeof classes)[]).find((k) => m.groups?.[k] !== undefined);
    if (!kind || m[0] === "") continue;
    if (m.index > last) parts.push(line.slice(last, m.index));
    parts.push(<span key={m.index} className={classes[kind]}>{m[0]}</span>);
    last = m.index + m[0].length;
  }
  parts.push(line.slice(last));
  return parts;
}

export function CodeView({ text, lang, label }: { text: string; lang: Lang; label: string }) {
  const lines = text.replace(/\n$/, "").split("\n");
  const re = lines.length <= MAX_HIGHLIGHTED_LINES ? tokenRegex(lang) : null;
  const width = String(lines.length).length;
  return (
    <pre aria-label={label} tabIndex={0} className="max-h-[70vh] overflow-auto rounded-lg border bg-background py-3 text-xs leading-5">
      <code className="grid min-w-max">
        {lines.map((line, i) => (
          <span key={i} className="flex">
            <span aria-hidden className="sticky left-0 shrink-0 bg-background pr-4 pl-3 text-right text-muted-foreground select-none" style={{ width: `${width + 3}ch` }}>
              {i + 1}
            </span>
            <span className="pr-4">{highlight(line, re)}</span>
          </span>
        ))}
      </code>
    </pre>
  );
}
