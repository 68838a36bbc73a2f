"use client";
import { X } from "lucide-react";
import { Dialog as D } from "radix-ui";
import type { ReactNode } from "react";
import { NavLinks, type NavSection } from "./sidebar";

type Props = { sections: NavSection[]; brand: ReactNode; open: boolean; onOpenChange: (open: boolean) => void };

export default function MobileNavDrawer({ sections, brand, open, onOpenChange }: Props) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-50 bg-black/50 md:hidden" />
        <D.Content
          aria-describedby={undefined}
          className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto border-r bg-card shadow-xl md:hidden"
        >
          <D.Title className="sr-only">Navigation</D.Title>
          <div className="flex h-14 shrink-0 items-center justify-between border-b pr-3 pl-5">
            {brand}
            <D.Close aria-label="Close navigation" className="rounded-md p-2 text-muted-foreground hover:bg-muted hover:text-foreground">
              <X aria-hidden className="size-4" />
            </D.Close>
          </div>
          <NavLinks sections={sections} onNavigate={() => onOpenChange(false)} />
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
