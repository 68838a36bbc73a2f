import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTask } from "@/lib/scaffolder/get-task";
import { listTaskEvents } from "@/lib/scaffolder/list-task-events";
import { TaskLive } from "./task-live";

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const task = await getTask(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const events = await listTaskEvents(actor, id);
  return (
    <>
      <PageHeader title={task.templateTitle} description={<>Started by {task.createdBy} · <code className="text-xs">{task.id}</code></>} breadcrumbs={[{ label: "Create", href: "/create" }, { label: "Tasks", href: "/create/tasks" }]} />
      <TaskLive initialTask={task} initialEvents={events} />
    </>
  );
}
