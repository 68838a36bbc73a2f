"use client";
// The header's account button. The menu itself (a Radix dropdown with its popper, focus scope
// and dismissable layer, ~30 KB gzip) is loaded on first use, like the palette and the phone
// drawer: it kept every page's first-load JavaScript over its 200 KB budget.
import { ChevronDown } from "lucide-react";
import { lazy, Suspense, useRef, useState, type ComponentProps } from "react";

const UserMenuDropdown = lazy(() => import("./user-menu-dropdown"));

export type UserMenuProps = {
  name: string;
  email: string;
  role: string;
  /** A server action that signs out and redirects. */
  signOutAction: () => Promise<void>;
};

function initials(name: string, email: string): string {
  const parts = (name || email).trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase();
}

/** The button's look and name, shared by the stand-in and the menu's own trigger. */
export function accountButton(name: string, email: string): ComponentProps<"button"> {
  return {
    "aria-label": `Account: ${name || email}`,
    "aria-haspopup": "menu",
    className: "inline-flex h-9 items-center gap-2 rounded-md px-1.5 text-sm hover:bg-muted",
    children: (
      <>
        <span aria-hidden className="inline-flex size-7 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
          {initials(name, email)}
        </span>
        <span className="hidden max-w-40 truncate lg:inline">{name || email}</span>
        <ChevronDown aria-hidden className="size-4 text-muted-foreground" />
      </>
    ),
  };
}

export function UserMenu({ name, email, role, signOutAction }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  // The form lives outside the menu: the menu unmounts on select, and a detached form cannot submit.
  const signOutForm = useRef<HTMLFormElement>(null);
  const openMenu = () => {
    setLoaded(true);
    setOpen(true);
  };
  // Until the menu has loaded, a plain button stands in for its trigger and opens it the ways
  // Radix's does: a click, Enter or Space, the down arrow. Pointing at it starts the download.
  const standIn = (
    <button
      type="button"
      {...accountButton(name, email)}
      onPointerEnter={() => void import("./user-menu-dropdown")}
      onClick={openMenu}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          openMenu();
        }
      }}
    />
  );
  return (
    <>
      <form ref={signOutForm} action={signOutAction} hidden />
      {loaded ? (
        <Suspense fallback={standIn}>
          <UserMenuDropdown
            name={name}
            email={email}
            role={role}
            open={open}
            onOpenChange={setOpen}
            onSignOut={() => signOutForm.current?.requestSubmit()}
          />
        </Suspense>
      ) : (
        standIn
      )}
    </>
  );
}
