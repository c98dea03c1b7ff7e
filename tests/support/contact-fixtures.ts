import type { ContactDraftAnswers } from "~/domain/contact/journey";

/**
 * A draft ready to submit about two siblings: level 2 needs, agreed, so the
 * family's consent is asked for and given. Invented people and places.
 */
export function completeAnswers(): ContactDraftAnswers {
  const address = { line1: "14 Moorside Road", town: "Northmoor", postcode: "NM1 4TB" };
  return {
    immediateDanger: { immediateDanger: "no" },
    referrer: {
      name: "Priya Shah",
      role: "Designated safeguarding lead",
      organisation: "Northmoor Primary School",
      phone: "01632 960111",
      email: "dsl@northmoor-primary.example",
    },
    children: [
      {
        isUnborn: "no",
        firstName: "Amy",
        lastName: "Evans",
        dateOfBirth: "2019-03-07",
        sex: "female",
        address,
        disability: "no",
        firstLanguage: "English",
        interpreterNeeded: "no",
        nhsNumber: "4857773457",
      },
      {
        isUnborn: "no",
        firstName: "Ben",
        lastName: "Evans",
        dateOfBirth: "2021-06-12",
        sex: "male",
        address,
        disability: "no",
        firstLanguage: "English",
        interpreterNeeded: "no",
      },
    ],
    addAnotherChild: { addAnother: "no" },
    adults: [
      {
        firstName: "Dean",
        relationship: "Mother’s partner",
        parentalResponsibility: "no",
        livesWithChild: "yes",
        knownRisk: "notKnown",
      },
    ],
    addAnotherAdult: { addAnother: "no" },
    descriptors: { descriptorIds: ["neglect-2-inconsistent-care", "finance-2-hardship"] },
    concern: {
      worry: "Amy and Ben have come to school hungry on most days this term and say there is no food at home.",
      workingWell: "Their mother brings them to school every day and is open with staff.",
      needsToHappen: "Support for the family with food and money, and an early help assessment.",
    },
    level: { agreesWithSuggestion: "yes", suggestedLevel: 2 },
    consent: { familyAware: "yes", familyConsented: "yes" },
  };
}
