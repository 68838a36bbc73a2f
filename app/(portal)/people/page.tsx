import type { Metadata } from "next";
import Link from "next/link";
import { Users } from "lucide-react";
import { SearchForm } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: "People" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const q = params.q?.trim() ?? "";
  const page = await listUsers(actor, { ...(q && { q }), ...(params.cursor && { cursor: params.cursor }), limit: 50 });
  return (
    <>
      <PageHeader title="People" description="Everyone with an account in the portal, and the demo directory." />
      <SearchForm action="/people" label="Search people" value={q} placeholder="Search by name or email" />
      {page.items.length === 0 ? (
        <EmptyState
          icon={Users}
          title={q ? `Nobody matches “${q}”` : "No people yet"}
          description={q ? <Link className="underline" href="/people">Clear the search</Link> : "An admin adds people in Settings → Users."}
        />
      ) : (
        <Table aria-label="People">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Last sign-in</Th>
            </Tr>
          </THead>
          <TBody>
            {page.items.map((u) => (
              <Tr key={u.id}>
                <Td>
                  <RowLink href={`/people/${u.id}`}>{u.name}</RowLink>
                  {u.isDemo && <Badge className="ml-2">demo</Badge>}
                  {u.disabledAt && <Badge className="ml-2">disabled</Badge>}
                </Td>
                <Td className="text-muted-foreground">{u.email}</Td>
                <Td>{u.role}</Td>
                <Td className="text-muted-foreground">{u.lastLoginAt ? <RelativeTime date={u.lastLoginAt} /> : "never"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <Pagination searchParams={params} olderCursor={page.nextCursor} olderParam="cursor" newerParam="from" pathname="/people" />
    </>
  );
}
