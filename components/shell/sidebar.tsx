"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu } from "lucide-react";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type NavItem = { label: string; href: string; icon?: ReactNode };
/** A group of links; pass only sections the actor can use (an empty one is not rendered). */
export type NavSection = { label?: string; items: NavItem[] };

function isActive(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ sections, onNavigate }: { sections: NavSection[]; onNavigate?: () => void }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="flex flex-col gap-5 px-3 py-4">
      {sections
        .filter((s) => s.items.length > 0)
        .map((section, i) => (
          <div key={section.label ?? i} className="flex flex-col gap-0.5">
            {section.label && (
              <h2 className="px-2 pb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{section.label}</h2>
            )}
            <ul className="flex flex-col gap-0.5">
              {section.items.map((item) => {
                const active = isActive(pathname, item.href);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm text-muted-foreground [&_svg]:size-4 [&_svg]:shrink-0",
                        "hover:bg-muted hover:text-foreground",
                        active && "bg-muted font-medium text-foreground",
                      )}
                    >
                      {item.icon}
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </nav>
  );
}

/** The left column on wide screens; on narrow ones MobileNav in the header takes its place. */
export function Sidebar({ sections, brand }: { sections: NavSection[]; brand: ReactNode }) {
  return (
    <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col overflow-y-auto border-r bg-card md:flex">
      <div className="flex h-14 shrink-0 items-center border-b px-5">{brand}</div>
      <NavLinks sections={sections} />
    </aside>
  );
}

// The drawer (a Radix dialog) is loaded on first use: most visits never open it.
const MobileNavDrawer = lazy(() => import("./mobile-nav-drawer"));

/** A menu button that opens the same navigation as a drawer, for phones and narrow windows. */
export function MobileNav({ sections, brand }: { sections: NavSection[]; brand: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label="Open navigation"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className="inline-flex size-9 items-center justify-center rounded-md text-foreground hover:bg-muted md:hidden"
      >
        <Menu aria-hidden className="size-5" />
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <MobileNavDrawer sections={sections} brand={brand} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
