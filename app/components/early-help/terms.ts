import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { terminology, type Vocabulary } from "~/domain/early-help/terminology";
import type { MessageKey, MessageParams, Translate } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";

/** The id Remix gives the `/early-help` layout route, whose loader says which words this council uses. */
const earlyHelpLayoutId = "routes/early-help";

/**
 * A translator for early help pages that fills `{plan}`, `{planCapitalised}`,
 * `{leadProfessional}` and `{leadProfessionalCapitalised}` with the council's
 * own terms, so "early help plan" and "Family Help plan" come from one sentence.
 * A page outside /early-help passes the vocabulary from its own loader.
 */
export function usePlanT(outsideEarlyHelp?: Vocabulary): Translate {
  const t = useT();
  const layout = useRouteLoaderData<{ vocabulary: Vocabulary }>(earlyHelpLayoutId);
  const vocabulary = outsideEarlyHelp ?? layout?.vocabulary ?? "early_help";
  return useMemo(() => {
    const terms = terminology({ vocabulary } as Parameters<typeof terminology>[0]);
    const filled: MessageParams = {
      plan: t(terms.plan),
      planCapitalised: t(terms.planCapitalised),
      leadProfessional: t(terms.leadProfessional),
      leadProfessionalCapitalised: t(terms.leadProfessionalCapitalised),
    };
    return (key: MessageKey, params?: MessageParams) => t(key, { ...filled, ...params });
  }, [t, vocabulary]);
}
