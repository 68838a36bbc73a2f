"use client";
// The header's search button and the Ctrl/Cmd-K shortcut. The palette (cmdk, the dialog and its
// items) is loaded on first use, which keeps it out of every page's first-load JavaScript.
import { Search } from "lucide-react";
import { lazy, Suspense, useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";

const CommandPaletteDialog = lazy(() => import("./command-palette-dialog"));

export function CommandPalette({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey) && !event.altKey) {
        // Browsers bind Ctrl-K to their own search bar; the portal's search is what people mean here.
        event.preventDefault();
        setLoaded(true);
        setOpen((o) => !o);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className={cn(
          "inline-flex h-9 items-center gap-2 rounded-md border border-input bg-card px-3 text-sm text-muted-foreground hover:bg-muted",
          className,
        )}
      >
        <Search aria-hidden className="size-4" />
        <span>Search…</span>
        <kbd className="ml-auto hidden rounded-sm border px-1.5 font-sans text-xs sm:inline">Ctrl K</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <CommandPaletteDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
