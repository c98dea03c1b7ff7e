import { z } from "zod";
import { referralSources } from "~/domain/contact/census";
import { statusesAwaitingDecision, type ContactStatus } from "~/domain/mash/contact-status";
import { ragRatings, type RagRating } from "~/domain/mash/rag";
import { uuid } from "~/forms/uuid";

/** Filters come from the address bar, so a value nobody could have chosen is ignored rather than refused. */
export const queueFilterSchema = z.object({
  rag: z
    .enum([...ragRatings, "unrated"])
    .optional()
    .catch(undefined),
  status: z
    .enum(statusesAwaitingDecision as [string, ...string[]])
    .optional()
    .catch(undefined),
  source: z
    .enum(referralSources.map(({ code }) => code) as [string, ...string[]])
    .optional()
    .catch(undefined),
  assignee: z
    .union([z.literal("me"), z.literal("unassigned"), uuid()])
    .optional()
    .catch(undefined),
  overdue: z.literal("yes").optional().catch(undefined),
  confirmation: z.literal("awaiting").optional().catch(undefined),
});

/** The filters as the queue service takes them. */
export function queueFilters(parsed: z.output<typeof queueFilterSchema>) {
  return {
    rag: parsed.rag as RagRating | "unrated" | undefined,
    status: parsed.status as ContactStatus | undefined,
    source: parsed.source,
    assignee: parsed.assignee,
    overdue: parsed.overdue === "yes",
    awaitingConfirmation: parsed.confirmation === "awaiting",
  };
}
