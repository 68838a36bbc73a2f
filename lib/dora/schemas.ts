// zod schemas of the DORA endpoint: GET /api/v1/metrics/dora?entity=REF|team=NAME&from=&to=
import { z } from "zod";

export const doraQuerySchema = z
  .object({
    entity: z.string().trim().min(1).max(300).optional().describe("an entity ref; or team, or neither for the organisation"),
    team: z.string().trim().min(1).max(100).optional().describe("a team slug"),
    from: z.coerce.date().optional().describe("default: 30 days before `to`"),
    to: z.coerce.date().optional().describe("default: now"),
    hotfixWindowHours: z.coerce.number().int().min(1).max(720).optional().describe("default: FLIGHTDECK_DORA_HOTFIX_HOURS or 24"),
  })
  .refine((q) => !(q.entity && q.team), { message: "give entity or team, not both", path: ["team"] })
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] });
export type DoraQuery = z.infer<typeof doraQuerySchema>;

const band = z.enum(["elite", "high", "medium", "low"]).nullable();
export const doraResponseSchema = z.object({
  scope: z.object({ kind: z.enum(["entity", "team", "organisation"]), name: z.string(), entities: z.number() }),
  from: z.date(),
  to: z.date(),
  hotfixWindowHours: z.number(),
  deploymentFrequency: z.object({ perDay: z.number(), perWeek: z.number(), count: z.number(), band, definition: z.string() }),
  leadTime: z.object({ medianSeconds: z.number().nullable(), samples: z.number(), band, definition: z.string() }),
  changeFailureRate: z.object({ rate: z.number().nullable(), failures: z.number(), deployments: z.number(), band, definition: z.string() }),
  timeToRestore: z.object({ medianSeconds: z.number().nullable(), samples: z.number(), unrestored: z.number(), band, definition: z.string() }),
  series: z.array(z.object({ weekStart: z.date(), deployments: z.number(), failures: z.number(), medianLeadTimeHours: z.number().nullable() })),
});
