import { z } from "zod";
import { requiredText } from "./fields";
import { key } from "./messages";

/**
 * Consent and family awareness. Whether consent is asked depends on the level
 * the referrer proposed (`consentRequired` on that level of the threshold
 * document): early help rests on the family's agreement, a child protection
 * concern does not. Either way the form records whether the family knows, and
 * why not. A family that does not know cannot have consented, so that question
 * is only asked when they know.
 */
export function consentSchema({ consentRequired }: { consentRequired: boolean }) {
  const familyUnaware = z.object({
    familyAware: z.literal("no"),
    familyUnawareReason: requiredText(
      {
        required: key("contact.consent.familyUnawareReason.required"),
        tooLong: key("contact.consent.familyUnawareReason.tooLong"),
      },
      2000,
    ),
  });
  const awareOptions = { error: key("contact.consent.familyAware.required") };

  if (!consentRequired) {
    return z.discriminatedUnion(
      "familyAware",
      [familyUnaware, z.object({ familyAware: z.literal("yes") })],
      awareOptions,
    );
  }
  return z.discriminatedUnion(
    "familyAware",
    [
      familyUnaware,
      z.discriminatedUnion(
        "familyConsented",
        [
          z.object({ familyAware: z.literal("yes"), familyConsented: z.literal("yes") }),
          z.object({
            familyAware: z.literal("yes"),
            familyConsented: z.literal("no"),
            noConsentReason: requiredText(
              {
                required: key("contact.consent.noConsentReason.required"),
                tooLong: key("contact.consent.noConsentReason.tooLong"),
              },
              2000,
            ),
          }),
        ],
        { error: key("contact.consent.familyConsented.required") },
      ),
    ],
    awareOptions,
  );
}

export type ConsentAnswers = z.output<ReturnType<typeof consentSchema>>;
