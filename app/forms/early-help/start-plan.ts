import { z } from "zod";
import { childFields } from "./child";
import { consentFields } from "./consent";

/** Starting a plan directly: the first child (more can be added on the plan) and the family's consent. */
export const startPlanSchema = z.object({ ...childFields, ...consentFields });
