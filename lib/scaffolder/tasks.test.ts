// Templates refused at registration, cancel, a run interrupted by a restart, the REST API
// (422 for bad parameters, the event stream) and who may see a task.
import { describe, expect, it } from "vitest";
import { GET as getEvents } from "../../app/api/v1/scaffolder/tasks/[id]/events/route";
import { GET as getTaskRoute } from "../../app/api/v1/scaffolder/tasks/[id]/route";
import { POST as createRoute } from "../../app/api/v1/scaffolder/tasks/route";
import { apiRequest } from "../catalog/github/test-sim";
import { applyImport } from "../catalog/import/apply-import";
import { parseCatalogFiles } from "../catalog/parse/parse-catalog-files";
import { db } from "../db/client";
import { createActor, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";
import { registeredActionIds } from "./actions/registry";
import { actionIds } from "./action-ids";
import { cancelTask } from "./cancel-task";
import { createTask } from "./create-task";
import { getTask } from "./get-task";
import { retryTask } from "./retry-task";
import { runToEnd } from "./test-support";

const template = (name: string, steps: string) => `apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: ${name}
spec:
  type: service
  parameters:
    - title: One
      required: [who]
      properties:
        who: { type: string, minLength: 2 }
  steps:
${steps}
  output:
    text:
      - title: Greeting
        content: \${{ steps['hello'].output.x or 'hi' }} \${{ parameters.who }}
`;

async function register(name: string, steps: string) {
  const admin = await createActor("admin");
  const result = await applyImport(admin, [{ path: `${name}.yaml`, content: template(name, steps) }], { kind: "upload" });
  return { admin, result };
}

describe("templates at registration", () => {
  it("refuses an unknown action and invalid YAML, with the reason", async () => {
    const bad = await parseCatalogFiles([{ path: "t.yaml", content: template("t1", "    - id: x\n      action: deploy:everything\n") }]);
    expect(bad.entities).toHaveLength(0);
    expect(bad.errors[0]).toMatchObject({ fieldPath: "spec.steps.0.action", message: expect.stringMatching(/unknown action 'deploy:everything' \(known: fetch:template/) });
    const yaml = await parseCatalogFiles([{ path: "t.yaml", content: "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata: [oops\n" }]);
    expect(yaml.errors[0]?.message).toMatch(/not valid YAML/);
    const dup = await parseCatalogFiles([{ path: "t.yaml", content: template("t2", "    - id: a\n      action: debug:log\n    - id: a\n      action: debug:log\n") }]);
    expect(dup.errors[0]?.message).toMatch(/step id 'a' is used twice/);
    expect([...registeredActionIds].sort()).toEqual([...actionIds].sort());
  });
});

describe("tasks", () => {
  it("runs debug:log, evaluates outputs, and names the step and expression that fails", async () => {
    const name = unique("tpl");
    await register(name, "    - id: hello\n      action: debug:log\n      input:\n        message: hello ${{ parameters.who }}\n    - id: broken\n      name: Broken\n      action: debug:log\n      input:\n        message: ${{ parameters.who | parseRepoUrl }}\n");
    const dev = await createActor("developer");
    const created = (await createTask(dev, { templateRef: `template:default/${name}`, values: { who: "ada" } }, "http://p")) as { id: string };
    const task = await runToEnd(created.id);
    expect(task.status).toBe("failed");
    expect(task.error).toBe("step 'broken' (Broken): expression '${{ parameters.who | parseRepoUrl }}' failed: 'ada' is missing owner (expected host?owner=…&repo=…)");
    expect(task.events.map((e) => e.message)).toContain("hello ada");
  });

  it("cancels a queued task, fails an interrupted step with the reason, and retries it", async () => {
    const name = unique("tpl");
    await register(name, "    - id: hello\n      action: debug:log\n      input:\n        message: hi\n    - id: second\n      action: debug:log\n      input:\n        message: two\n");
    const dev = await createActor("developer");
    const other = await createActor("developer");
    const a = (await createTask(dev, { templateRef: `template:default/${name}`, values: { who: "ada" } }, "http://p")) as { id: string };
    await expect(getTask(other, a.id)).rejects.toThrow(/not found/);
    expect((await cancelTask(dev, a.id)).status).toBe("cancelled");
    const { jobId } = await db.scaffolderTask.findUniqueOrThrow({ where: { id: a.id } });
    expect((await db.job.findUniqueOrThrow({ where: { id: jobId! } })).status).toBe("cancelled");

    const b = (await createTask(dev, { templateRef: `template:default/${name}`, values: { who: "ada" } }, "http://p")) as { id: string };
    // A worker died while step "second" ran: the reclaimed job must not run it blindly again.
    await db.scaffolderTask.update({ where: { id: b.id }, data: { status: "running" } });
    await db.scaffolderTaskStep.update({ where: { taskId_stepId: { taskId: b.id, stepId: "hello" } }, data: { status: "succeeded", output: {} } });
    await db.scaffolderTaskStep.update({ where: { taskId_stepId: { taskId: b.id, stepId: "second" } }, data: { status: "running" } });
    const interrupted = await runToEnd(b.id);
    expect(interrupted.status).toBe("failed");
    expect(interrupted.error).toMatch(/interrupted: the server stopped while step 'second' ran/);
    await retryTask(dev, b.id);
    const done = await runToEnd(b.id);
    expect(done.status).toBe("succeeded");
    expect(done.steps.map((s) => s.status)).toEqual(["succeeded", "succeeded"]);
    expect((await getTask(dev, b.id)).output?.text).toEqual([{ title: "Greeting", content: "hi ada" }]);
  });

  it("over REST: 422 naming the field, 201 with the id, the task, and its log as server-sent events", async () => {
    const name = unique("tpl");
    await register(name, "    - id: hello\n      action: debug:log\n      input:\n        message: hi ${{ parameters.who }}\n");
    const dev = await createActor("developer");
    const { token } = await createToken(dev, { name: unique("t"), scope: "write" });
    const noParams = { params: Promise.resolve({}) };
    const bad = await createRoute(apiRequest("/api/v1/scaffolder/tasks", token, { method: "POST", body: { templateRef: name, values: { who: "a" } } }), noParams);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.issues).toEqual([{ path: "who", message: "must NOT have fewer than 2 characters" }]);
    const ok = await createRoute(apiRequest("/api/v1/scaffolder/tasks", token, { method: "POST", body: { templateRef: name, values: { who: "ada" } } }), noParams);
    expect(ok.status).toBe(201);
    const { id } = await ok.json();
    await runToEnd(id);
    const params = { params: Promise.resolve({ id }) };
    expect(await (await getTaskRoute(apiRequest(`/api/v1/scaffolder/tasks/${id}`, token), params)).json()).toMatchObject({ id, status: "succeeded", steps: [{ id: "hello", status: "succeeded" }] });
    const stream = await getEvents(apiRequest(`/api/v1/scaffolder/tasks/${id}/events`, token), params);
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const text = await stream.text();
    expect(text).toMatch(/id: \d+\nevent: log\ndata: .*"message":"hi ada"/);
    expect(text).toContain("event: end\ndata: {\"status\":\"succeeded\"}");
  });
});
