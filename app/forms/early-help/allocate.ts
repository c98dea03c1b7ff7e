import { z } from "zod";
import { planKinds } from "~/domain/early-help/terminology";

/** Whether someone was chosen, and whether they may lead, is the service's to check against the users table. */
export const allocateSchema = z.object({
  leadProfessionalId: z
    .string()
    .optional()
    .transform((value) => value || null),
  socialWorkerId: z
    .string()
    .optional()
    .transform((value) => value || null),
  kind: z.enum(planKinds).optional(),
});
