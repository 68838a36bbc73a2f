"use client";
// The palette itself: cmdk in a Radix dialog, loaded only when someone opens it, with its items
// (pages, teams, people, catalog entities) fetched then, so no page carries them in its HTML.
import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { CornerDownLeft, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { Dialog as D } from "radix-ui";
import { useMemo } from "react";

export type PaletteItem = { group: string; label: string; href: string; keywords?: string[] };

function usePaletteItems() {
  return useQuery({
    queryKey: ["palette"],
    queryFn: async (): Promise<PaletteItem[]> => {
      const res = await fetch("/api/v1/palette");
      if (!res.ok) throw new Error(`the search index did not load (${res.status})`);
      return (await res.json()).items;
    },
    staleTime: 60_000,
  });
}

export default function CommandPaletteDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const { data: items = [], isPending, error } = usePaletteItems();

  const groups = useMemo(() => {
    const byGroup = new Map<string, PaletteItem[]>();
    for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
    return [...byGroup];
  }, [items]);

  function go(href: string) {
    onOpenChange(false);
    router.push(href);
  }

  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <D.Content
          aria-describedby={undefined}
          className="fixed top-[12vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border bg-card text-card-foreground shadow-2xl"
        >
          <D.Title className="sr-only">Command palette</D.Title>
          <Command label="Command palette" loop className="flex flex-col">
            <div className="flex items-center gap-2 border-b px-3">
              <Search aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <Command.Input
                autoFocus
                placeholder="Find a service, page, team or person…"
                className="h-11 w-full bg-transparent text-sm outline-none placeholder:text-muted-foreground"
              />
            </div>
            <Command.List className="max-h-[60vh] overflow-y-auto p-1">
              {isPending && <Command.Loading className="px-3 py-6 text-center text-sm text-muted-foreground">Loading…</Command.Loading>}
              {error && <p className="px-3 py-6 text-center text-sm text-danger">{error.message}. Close and try again.</p>}
              <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
                Nothing matches. Try a service, a team, a person&apos;s email or a page like &ldquo;Audit&rdquo;.
              </Command.Empty>
              {groups.map(([group, groupItems]) => (
                <Command.Group
                  key={group}
                  heading={group}
                  className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-muted-foreground"
                >
                  {groupItems.map((item) => (
                    <Command.Item
                      key={`${group}:${item.href}`}
                      value={`${group}:${item.href}`}
                      keywords={[item.label, ...(item.keywords ?? [])]}
                      onSelect={() => go(item.href)}
                      className="group flex cursor-default items-center gap-2 rounded-sm px-2 py-2 text-sm data-[selected=true]:bg-muted"
                    >
                      <span className="truncate">{item.label}</span>
                      <CornerDownLeft aria-hidden className="ml-auto size-3.5 text-muted-foreground opacity-0 group-data-[selected=true]:opacity-100" />
                    </Command.Item>
                  ))}
                </Command.Group>
              ))}
            </Command.List>
          </Command>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
