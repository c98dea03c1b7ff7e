import type { ReactNode } from "react";
import { BackLink } from "~/components/govuk/back-link";
import { useT } from "~/i18n/use-t";

/** The frame of every page of the contact journey: a back link, and a two-thirds column under the caption. */
export function JourneyPage({ back, wide, children }: { back?: string; wide?: boolean; children: ReactNode }) {
  return (
    <>
      {back ? <BackLink to={back} /> : null}
      <div className="govuk-grid-row">
        <div className={wide ? "govuk-grid-column-full" : "govuk-grid-column-two-thirds"}>{children}</div>
      </div>
    </>
  );
}

/** The caption above a question's heading: which service the page belongs to. */
export function JourneyCaption() {
  const t = useT();
  return <span className="govuk-caption-l">{t("contactJourney.caption")}</span>;
}
