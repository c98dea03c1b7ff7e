import { z } from "zod";
import { requiredText } from "./fields";
import { key } from "./messages";

/**
 * The referrer's view of the level of need. The suggestion shown on the page
 * travels with the answer (a hidden field), so if the chosen descriptors change
 * afterwards the old agreement no longer matches and the page must be answered
 * again: agreeing with level 2 is not agreeing with level 4.
 */
export function levelSchema(options: { levels: readonly number[]; suggestedLevel: number }) {
  const name = `${options.levels.join(",")}:${options.suggestedLevel}`;
  let schema = built.get(name);
  if (!schema) {
    schema = buildLevelSchema(options);
    built.set(name, schema);
  }
  return schema;
}

// One per set of levels and suggestion (a handful): zod schemas are costly to build.
const built = new Map<string, ReturnType<typeof buildLevelSchema>>();

function buildLevelSchema({ levels, suggestedLevel }: { levels: readonly number[]; suggestedLevel: number }) {
  const chosenLevel = z
    .number({ error: key("contact.level.chosenLevel.required") })
    .refine((level) => levels.includes(level), key("contact.level.chosenLevel.required"))
    .refine((level) => level !== suggestedLevel, key("contact.level.chosenLevel.sameAsSuggested"));

  return z
    .discriminatedUnion(
      "agreesWithSuggestion",
      [
        z.object({ agreesWithSuggestion: z.literal("yes"), suggestedLevel: z.number() }),
        z.object({
          agreesWithSuggestion: z.literal("no"),
          suggestedLevel: z.number(),
          chosenLevel,
          reason: requiredText(
            { required: key("contact.level.reason.required"), tooLong: key("contact.level.reason.tooLong") },
            2000,
          ),
        }),
      ],
      { error: key("contact.level.agreesWithSuggestion.required") },
    )
    .superRefine((answers, ctx) => {
      if (answers.suggestedLevel !== suggestedLevel) {
        ctx.addIssue({ code: "custom", message: key("contact.level.suggestionChanged"), path: [] });
      }
    });
}

export type LevelAnswers = z.output<ReturnType<typeof buildLevelSchema>>;

/** The level the referrer puts forward: the suggestion they agreed with, or their own choice. */
export function proposedLevel(answers: LevelAnswers): number {
  return answers.agreesWithSuggestion === "yes" ? answers.suggestedLevel : answers.chosenLevel;
}
