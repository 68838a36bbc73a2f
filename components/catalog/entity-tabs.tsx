import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { entityHref } from "./entity-href";

export type EntityTab = { id: string; label: string };

/**
 * The entity page's sections as links (?tab=), so each is its own URL and server-rendered.
 * Later features (CI/CD, environments, metrics, releases) add an entry in the page's tab list.
 */
export function EntityTabs({ entity, tabs, current }: { entity: { kind: string; namespace: string; name: string }; tabs: EntityTab[]; current: string }) {
  return (
    <nav aria-label="Entity sections" className="mb-6 overflow-x-auto border-b">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={entityHref(entity, tab.id === "overview" ? undefined : tab.id)}
              aria-current={tab.id === current ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm whitespace-nowrap",
                tab.id === current ? "border-primary font-medium text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
