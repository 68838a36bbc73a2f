import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { Status } from "@/components/ui/status";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listTokens } from "@/lib/tokens/list-tokens";
import { revokeTokenAction } from "./actions";
import { PasswordForm, ProfileForm } from "./profile-forms";
import { CreateTokenForm } from "./token-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requireActor();
  const tokens = await listTokens(actor);
  const now = new Date();
  return (
    <>
      <PageHeader title="Profile" description={`${actor.email} · role: ${actor.role}`} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>You</CardTitle>
          </CardHeader>
          <CardContent>
            {can(actor, "write") ? <ProfileForm name={actor.name} /> : <p className="text-sm">{actor.name} (viewers change nothing; ask an admin)</p>}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
            <CardDescription>For the local account; single sign-on accounts sign in with their provider.</CardDescription>
          </CardHeader>
          <CardContent>
            <PasswordForm />
          </CardContent>
        </Card>
      </div>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>API tokens</CardTitle>
          <CardDescription>
            Send as <code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1</code>. A read token can change nothing; a write token
            can do what your role allows. See the <a className="underline" href="/api/v1/openapi.json">OpenAPI document</a>.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6">
          <CreateTokenForm canWrite={can(actor, "write")} />
          {tokens.length === 0 ? (
            <EmptyState icon={KeyRound} title="No API tokens" description="Create one above for a script, a CI job or another tool." />
          ) : (
            <Table aria-label="API tokens">
              <THead>
                <Tr>
                  <Th>Name</Th>
                  <Th>Scope</Th>
                  <Th>State</Th>
                  <Th>Last used</Th>
                  <Th>Expires</Th>
                  <Th className="text-right">Actions</Th>
                </Tr>
              </THead>
              <TBody>
                {tokens.map((t) => {
                  const expired = t.expiresAt !== null && t.expiresAt <= now;
                  return (
                    <Tr key={t.id}>
                      <Td>
                        <span className="font-medium">{t.name}</span> <code className="text-xs text-muted-foreground">{t.prefix}…</code>
                      </Td>
                      <Td>
                        <Badge>{t.scope}</Badge>
                      </Td>
                      <Td>
                        {t.revokedAt ? (
                          <Status status="unknown" label="Revoked" />
                        ) : expired ? (
                          <Status status="expired" />
                        ) : (
                          <Status status="success" label="Active" />
                        )}
                      </Td>
                      <Td className="text-muted-foreground">{t.lastUsedAt ? <RelativeTime date={t.lastUsedAt} /> : "never"}</Td>
                      <Td className="text-muted-foreground">{t.expiresAt ? <RelativeTime date={t.expiresAt} /> : "never"}</Td>
                      <Td className="text-right">
                        {!t.revokedAt && (
                          <ConfirmDialog
                            trigger={
                              <Button variant="ghost" size="sm" aria-label={`Revoke ${t.name}`}>
                                Revoke
                              </Button>
                            }
                            title={`Revoke the token “${t.name}”?`}
                            description="Anything using it gets 401 from its next request. This cannot be undone."
                            confirmLabel="Revoke token"
                            destructive
                            onConfirm={revokeTokenAction.bind(null, t.id)}
                          />
                        )}
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}
