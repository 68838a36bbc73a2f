import type { Metadata } from "next";
import Link from "next/link";
import { ActionSelect } from "@/components/action-select";
import { SearchForm } from "@/components/search-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/list-users";
import { roleSchema } from "@/lib/users/schemas";
import { setDisabledAction, setRoleAction } from "./actions";
import { CreateUserForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function UsersSettingsPage({ searchParams }: Props) {
  const actor = await requirePermission("users.manage");
  const params = await searchParams;
  const q = params.q?.trim() ?? "";
  const page = await listUsers(actor, { ...(q && { q }), ...(params.cursor && { cursor: params.cursor }), limit: 50 });
  return (
    <>
      <PageHeader title="Users" description="Accounts, portal roles and access." breadcrumbs={[{ label: "Settings" }]} />
      <Card className="mb-6">
        <CardHeader>
          <CardTitle>New user</CardTitle>
        </CardHeader>
        <CardContent>
          <CreateUserForm />
        </CardContent>
      </Card>
      <SearchForm action="/settings/users" label="Search users" value={q} placeholder="Search by name or email" />
      {page.items.length === 0 ? (
        <EmptyState title={q ? `Nobody matches “${q}”` : "No users"} description={<Link className="underline" href="/settings/users">Clear the search</Link>} />
      ) : (
        <Table aria-label="Users">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Last sign-in</Th>
              <Th className="text-right">Access</Th>
            </Tr>
          </THead>
          <TBody>
            {page.items.map((u) => {
              const self = u.id === actor.userId;
              return (
                <Tr key={u.id}>
                  <Td>
                    <Link className="font-medium hover:underline" href={`/people/${u.id}`}>
                      {u.name}
                    </Link>
                    {u.isDemo && <Badge className="ml-2">demo</Badge>}
                    {self && <Badge className="ml-2">you</Badge>}
                  </Td>
                  <Td className="text-muted-foreground">{u.email}</Td>
                  <Td>
                    <ActionSelect label={`Role of ${u.name}`} value={u.role} options={roleSchema.options} action={setRoleAction.bind(null, u.id)} disabled={self} />
                  </Td>
                  <Td className="text-muted-foreground">{u.lastLoginAt ? <RelativeTime date={u.lastLoginAt} /> : "never"}</Td>
                  <Td className="text-right">
                    {self ? null : u.disabledAt ? (
                      <ConfirmDialog
                        trigger={<Button variant="secondary" size="sm" aria-label={`Enable ${u.name}`}>Enable</Button>}
                        title={`Enable ${u.name}?`}
                        description="They can sign in again and their API tokens work again."
                        confirmLabel="Enable"
                        onConfirm={setDisabledAction.bind(null, u.id, false)}
                      />
                    ) : (
                      <ConfirmDialog
                        trigger={<Button variant="ghost" size="sm" aria-label={`Disable ${u.name}`}>Disable</Button>}
                        title={`Disable ${u.name}?`}
                        description="They are signed out on their next request, cannot sign in, and their API tokens stop working. Nothing they own is deleted."
                        confirmLabel="Disable"
                        destructive
                        onConfirm={setDisabledAction.bind(null, u.id, true)}
                      />
                    )}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      <Pagination searchParams={params} olderCursor={page.nextCursor} olderParam="cursor" newerParam="from" pathname="/settings/users" />
    </>
  );
}
