import type { OutcomeFit } from "~/domain/mash/outcome-fit";
import type { Translate } from "~/i18n/messages";

/** "4", or "3 or 4". */
export function levelList(t: Translate, levels: readonly number[]): string {
  if (levels.length < 2) return levels.join("");
  return t("mash.levels.or", { first: levels.slice(0, -1).join(", "), last: String(levels.at(-1)) });
}

/** What each outcome's radio says about the levels it fits. */
export function fitHint(t: Translate, fit: OutcomeFit | null): string | undefined {
  if (fit?.onlyAtLevels) return t("mash.decision.outcome.onlyAt", { levels: levelList(t, fit.onlyAtLevels) });
  if (fit?.reasonAtLevels) return t("mash.decision.outcome.reasonAt", { levels: levelList(t, fit.reasonAtLevels) });
  return undefined;
}
