import { Link } from "@remix-run/react";
import { WarningText } from "~/components/govuk/warning-text";
import { useT } from "~/i18n/use-t";

/** Recovery codes, shown once, with what they are for and a way on. */
export function RecoveryCodes({
  codes,
  continueTo,
  continueText,
}: {
  codes: string[];
  continueTo: string;
  continueText: string;
}) {
  const t = useT();
  return (
    <>
      <p className="govuk-body">{t("auth.recoveryCodes.body")}</p>
      <WarningText assistiveText={t("common.important")}>{t("auth.recoveryCodes.warning")}</WarningText>
      <h2 className="govuk-heading-s">{t("auth.recoveryCodes.listLabel")}</h2>
      <ul className="govuk-list app-recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Link to={continueTo} className="govuk-button" role="button" draggable="false" data-module="govuk-button">
        {continueText}
      </Link>
    </>
  );
}
