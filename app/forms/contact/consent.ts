import { z } from "zod";
import type { ConsentAnswers } from "~/domain/contact/consent-rules";
import { requiredText } from "./fields";
import { key } from "./messages";

export type { ConsentAnswers } from "~/domain/contact/consent-rules";

const reasonLimit = 2000;

/**
 * Consent and family awareness, by the rules in `consent-rules.ts`. Whether
 * consent is asked depends on the level the referrer proposed
 * (`consentRequired` on that level of the threshold document): early help
 * rests on the family's consent. At a statutory level the referrer says
 * whether the concern is significant harm: if not, it is a child-in-need
 * referral and the parents' agreement is asked. Either way the form records
 * whether the family knows, and why not; a family that does not know cannot
 * have agreed, so that question is only asked when they know. Where they have
 * not agreed, the referrer says why they go ahead and what the family object to.
 */
export function consentSchema({ consentRequired }: { consentRequired: boolean }): z.ZodType<ConsentAnswers> {
  return consentRequired ? consentSchemas.required : consentSchemas.notRequired;
}

function buildConsentSchema({ consentRequired }: { consentRequired: boolean }): z.ZodType<ConsentAnswers> {
  const significantHarm = z.enum(["yes", "no"], { error: key("contact.consent.significantHarm.required") });
  const familyUnawareReason = requiredText(
    {
      required: key("contact.consent.familyUnawareReason.required"),
      tooLong: key("contact.consent.familyUnawareReason.tooLong"),
    },
    reasonLimit,
  );
  const awareOptions = { error: key("contact.consent.familyAware.required") };
  const agreement = <Extra extends z.ZodRawShape>(extra: Extra) =>
    z.discriminatedUnion(
      "familyConsented",
      [
        z.object({ familyAware: z.literal("yes"), ...extra, familyConsented: z.literal("yes") }),
        z.object({
          familyAware: z.literal("yes"),
          ...extra,
          familyConsented: z.literal("no"),
          noConsentReason: requiredText(
            {
              required: key("contact.consent.noConsentReason.required"),
              tooLong: key("contact.consent.noConsentReason.tooLong"),
            },
            reasonLimit,
          ),
          familyObjections: requiredText(
            {
              required: key("contact.consent.familyObjections.required"),
              tooLong: key("contact.consent.familyObjections.tooLong"),
            },
            reasonLimit,
          ),
        }),
      ],
      { error: key("contact.consent.familyConsented.required") },
    );

  if (consentRequired) {
    return z.discriminatedUnion(
      "familyAware",
      [z.object({ familyAware: z.literal("no"), familyUnawareReason }), agreement({})],
      awareOptions,
    );
  }
  return z.discriminatedUnion(
    "familyAware",
    [
      z.object({ familyAware: z.literal("no"), significantHarm, familyUnawareReason }),
      z.discriminatedUnion(
        "significantHarm",
        [
          z.object({ familyAware: z.literal("yes"), significantHarm: z.literal("yes") }),
          agreement({ significantHarm: z.literal("no") }),
        ],
        { error: key("contact.consent.significantHarm.required") },
      ),
    ],
    awareOptions,
  );
}

// Both made once, at start: zod schemas are costly to build, and a submit checks every page.
const consentSchemas = {
  required: buildConsentSchema({ consentRequired: true }),
  notRequired: buildConsentSchema({ consentRequired: false }),
};
