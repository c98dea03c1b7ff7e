import { z } from "zod";
import type { ThresholdDescriptor, ThresholdDocument, ThresholdDomain, ThresholdLevel } from "./document";

/**
 * How the portal turns the descriptors a referrer chose into a suggested level.
 * The rule lives in the threshold document so that a partnership can change it
 * without a release. It is only ever a suggestion: the referrer may disagree,
 * and the MASH decides.
 *
 * - `highest`: the highest level among the chosen descriptors.
 * - `highest-with-accumulation`: as `highest`, but several needs at the same
 *   level across different parts of a child's life add up. When at least
 *   `minimumDescriptors` chosen descriptors sit at the highest chosen level and
 *   span at least `minimumDomains` domains, the suggestion is raised by one
 *   level (never above the document's top level).
 */
export const suggestedLevelRuleSchema = z.discriminatedUnion(
  "rule",
  [
    z.strictObject({ rule: z.literal("highest") }),
    z.strictObject({
      rule: z.literal("highest-with-accumulation"),
      minimumDescriptors: z.number().int().min(2),
      minimumDomains: z.number().int().min(1),
    }),
  ],
  // Read by the council admin who uploads the document, hence plain English rather than a message key.
  { error: 'must be "highest" or "highest-with-accumulation"' },
);

export type SuggestedLevelRule = z.output<typeof suggestedLevelRuleSchema>;

/**
 * The explanation a page renders next to the suggestion: `drivers` are the
 * descriptors that decided the level, `others` the rest of the chosen ones.
 * `unknownIds` are chosen ids the document no longer has (a draft started
 * under an earlier version), so the page can ask the referrer to choose again.
 */
export type LevelSuggestion =
  | { outcome: "none"; unknownIds: string[] }
  | {
      outcome: "highest";
      level: ThresholdLevel;
      drivers: ThresholdDescriptor[];
      others: ThresholdDescriptor[];
      unknownIds: string[];
    }
  | {
      outcome: "raised";
      level: ThresholdLevel;
      raisedFrom: ThresholdLevel;
      drivers: ThresholdDescriptor[];
      driverDomains: ThresholdDomain[];
      others: ThresholdDescriptor[];
      unknownIds: string[];
    };

export function suggestLevel(
  document: ThresholdDocument,
  descriptorIds: readonly string[],
  rule: SuggestedLevelRule = document.suggestedLevelRule,
): LevelSuggestion {
  const byId = new Map(document.descriptors.map((descriptor) => [descriptor.id, descriptor]));
  const uniqueIds = [...new Set(descriptorIds)];
  const chosen = uniqueIds.flatMap((id) => byId.get(id) ?? []);
  const unknownIds = uniqueIds.filter((id) => !byId.has(id));

  const highest = Math.max(...chosen.map((descriptor) => descriptor.level));
  const highestLevel = document.levels.find((level) => level.level === highest);
  if (!highestLevel) return { outcome: "none", unknownIds };

  const drivers = chosen.filter((descriptor) => descriptor.level === highest);
  const others = chosen.filter((descriptor) => descriptor.level !== highest);

  if (rule.rule === "highest-with-accumulation") {
    const nextLevel = document.levels.find((level) => level.level === highest + 1);
    const driverDomains = document.domains.filter((domain) =>
      drivers.some((descriptor) => descriptor.domain === domain.id),
    );
    if (nextLevel && drivers.length >= rule.minimumDescriptors && driverDomains.length >= rule.minimumDomains) {
      return {
        outcome: "raised",
        level: nextLevel,
        raisedFrom: highestLevel,
        drivers,
        driverDomains,
        others,
        unknownIds,
      };
    }
  }
  return { outcome: "highest", level: highestLevel, drivers, others, unknownIds };
}
