import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formKinds, type FormKind } from "./entity-form-spec";

/** The kind to create, as links: switching re-renders the form for that kind on the server. */
export function KindPicker({ current }: { current: FormKind }) {
  return (
    <nav aria-label="Kind" className="mb-4 flex flex-wrap gap-1 rounded-md border bg-muted p-1 text-sm sm:w-fit">
      {formKinds.map((k) => (
        <Link key={k} href={`/catalog/new?kind=${k}`} aria-current={k === current ? "page" : undefined} className={cn("rounded-sm px-3 py-1.5", k === current ? "bg-card font-medium shadow-xs" : "text-muted-foreground hover:text-foreground")}>
          {k}
        </Link>
      ))}
    </nav>
  );
}
