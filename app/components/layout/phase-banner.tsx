import { useT } from "~/i18n/use-t";

export function PhaseBanner() {
  const t = useT();
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{t("layout.phaseTag")}</strong>
        <span className="govuk-phase-banner__text">{t("layout.phaseBanner")}</span>
      </p>
    </div>
  );
}
