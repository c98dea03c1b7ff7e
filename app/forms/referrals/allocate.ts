import { z } from "zod";
import { primaryNeedCodes } from "~/domain/contact/census";
import type { referrals } from "~/i18n/en/referrals";
import { uuid } from "~/forms/uuid";

type ReferralMessageKey = keyof typeof referrals;
const key = <K extends ReferralMessageKey>(messageKey: K): K => messageKey;

/** The social care team manager's allocation: a team from the council's list, a worker, and the primary need to keep or correct. */
export const allocateSchema = z.object({
  team: z.string({ error: key("referrals.allocate.team.required") }).min(1, key("referrals.allocate.team.required")),
  workerId: uuid(key("referrals.allocate.worker.required")),
  primaryNeed: z.enum(primaryNeedCodes, { error: key("referrals.allocate.primaryNeed.required") }),
});
