import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A GET search box for list pages: the query lands in ?q= so a search can be shared. */
export function SearchForm({ action, label, value, placeholder }: { action: string; label: string; value: string; placeholder: string }) {
  const id = `search-${action.replace(/\W+/g, "-")}`;
  return (
    <form role="search" className="mb-4 flex max-w-md gap-2" action={action}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Input id={id} name="q" defaultValue={value} placeholder={placeholder} />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
