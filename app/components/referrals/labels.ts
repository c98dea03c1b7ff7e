import { primaryNeeds, referralSources } from "~/domain/contact/census";
import { useT } from "~/i18n/use-t";

/** The census codes as people read them: "3A: Health services: GP", "N1: Abuse or neglect". */
export function useCensusLabels() {
  const t = useT();
  return {
    source: (code: string) => {
      const found = referralSources.find((source) => source.code === code);
      return found ? `${code}: ${t(found.messageKey)}` : code;
    },
    primaryNeed: (code: string) => {
      const found = primaryNeeds.find((need) => need.code === code);
      return found ? t(found.messageKey) : code;
    },
  };
}
