// Run a scaffolder task (lib/scaffolder/run-task.ts). The task records its own failures, so
// the job itself only fails when the database does; a second attempt after a dead worker
// finds the interrupted step and marks it failed, or resumes between steps.
import { z } from "zod";
import { runTask } from "../../scaffolder/run-task";
import { defineJob } from "../define-job";

export const scaffolderRunTask = defineJob({
  type: "scaffolder.run-task",
  payload: z.object({ taskId: z.string().min(1) }),
  maxAttempts: 3,
  run: ({ taskId }, { db, signal }) => runTask(db, taskId, signal),
});
