import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { auditFor, createActor, createTeamRow, unique } from "../test/fixtures";
import { createTeam } from "./create-team";
import { deleteTeam } from "./delete-team";
import { getTeam } from "./get-team";
import { listTeams } from "./list-teams";
import { addTeamMember, removeTeamMember, updateTeamMember } from "./team-members";
import { updateTeam } from "./update-team";

describe("teams", () => {
  it("lets a platform engineer create a team, audited with the after state", async () => {
    const platform = await createActor("platform");
    const slug = unique("payments");
    const team = await createTeam(platform, { slug, name: "Payments" });
    const [event] = await auditFor(team.id);
    expect(event).toMatchObject({ action: "team.create", actorLabel: platform.email, targetLabel: slug });
    expect(event?.after).toMatchObject({ slug, name: "Payments" });
  });

  it("refuses developers and viewers creating teams", async () => {
    for (const role of ["developer", "viewer"] as const) {
      const actor = await createActor(role);
      await expect(createTeam(actor, { slug: unique("x"), name: "X" })).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("names the bad field and refuses a duplicate slug", async () => {
    const admin = await createActor("admin");
    await expect(createTeam(admin, { slug: "Not A Slug!", name: "x" })).rejects.toMatchObject({
      code: "validation",
      issues: [{ path: "slug", message: expect.stringContaining("lowercase") }],
    });
    const slug = unique("dup");
    await createTeam(admin, { slug, name: "One" });
    await expect(createTeam(admin, { slug, name: "Two" })).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining(slug) });
  });

  it("lets a team's maintainer manage members, but not another team's", async () => {
    const maintainer = await createActor("developer");
    const other = await createActor("developer");
    const newcomer = await createActor("developer");
    const team = await createTeamRow(maintainer);
    const otherTeam = await createTeamRow(other);

    await addTeamMember(maintainer, team.slug, { email: newcomer.email });
    await updateTeamMember(maintainer, team.slug, newcomer.userId!, { role: "maintainer" });
    expect((await getTeam(maintainer, team.slug)).members.map((m) => [m.email, m.role])).toContainEqual([newcomer.email, "maintainer"]);
    await removeTeamMember(maintainer, team.slug, newcomer.userId!);

    // Another team's maintainer: the team is simply not found for them.
    await expect(addTeamMember(maintainer, otherTeam.slug, { email: newcomer.email })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateTeam(maintainer, otherTeam.slug, { name: "hijacked" })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.team.findUniqueOrThrow({ where: { id: otherTeam.id } })).name).toBe(otherTeam.name);

    const actions = (await auditFor(team.id)).map((e) => e.action);
    expect(actions).toEqual(["team.member.add", "team.member.update", "team.member.remove"]);
  });

  it("keeps a viewer maintainer from changing anything", async () => {
    const viewer = await createActor("viewer");
    const team = await createTeamRow(viewer);
    await expect(updateTeam(viewer, team.slug, { name: "nope" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await getTeam(viewer, team.slug)).canManage).toBe(false);
  });

  it("refuses adding an unknown user, naming the email", async () => {
    const admin = await createActor("admin");
    const team = await createTeamRow();
    await expect(addTeamMember(admin, team.slug, { email: "ghost@example.test" })).rejects.toMatchObject({
      code: "validation",
      message: expect.stringContaining("ghost@example.test"),
    });
  });

  it("lists my teams and deletes a team with its memberships", async () => {
    const admin = await createActor("admin");
    const member = await createActor("developer");
    const team = await createTeamRow(undefined, member);
    expect((await listTeams(member, { mine: true })).map((t) => t.slug)).toEqual([team.slug]);
    await deleteTeam(admin, team.slug);
    expect(await db.teamMember.count({ where: { teamId: team.id } })).toBe(0);
    expect((await auditFor(team.id)).at(-1)).toMatchObject({ action: "team.delete" });
  });
});
