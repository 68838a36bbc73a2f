import { Brand } from "./brand";
import { CommandPalette } from "./command-palette";
import { MobileNav, type NavSection } from "./sidebar";
import { UserMenu, type UserMenuProps } from "./user-menu";

export type HeaderProps = {
  sections: NavSection[];
  user: UserMenuProps;
};

export function Header({ sections, user }: HeaderProps) {
  return (
    <header className="sticky top-0 z-40 flex h-14 shrink-0 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur sm:px-6">
      <MobileNav sections={sections} brand={<Brand />} />
      <div className="md:hidden">
        <Brand />
      </div>
      <CommandPalette className="ml-auto w-auto sm:w-64 md:ml-0" />
      <div className="md:ml-auto">
        <UserMenu {...user} />
      </div>
    </header>
  );
}
