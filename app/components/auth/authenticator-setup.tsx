import { useT } from "~/i18n/use-t";

export interface AuthenticatorSetupData {
  qrCode: string;
  typedKey: string;
  email: string;
}

/** The steps to add Front Door to an authenticator app: scan the QR code, or type the key. */
export function AuthenticatorSetup({ qrCode, typedKey, email }: AuthenticatorSetupData) {
  const t = useT();
  return (
    <ol className="govuk-list govuk-list--number">
      <li>{t("auth.enrol.install")}</li>
      <li>
        {t("auth.enrol.scan")}
        <br />
        <img src={qrCode} alt={t("auth.enrol.qrAlt")} width="200" height="200" />
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t("auth.enrol.cannotScan")}</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">{t("auth.enrol.typeKey")}</p>
            <p className="govuk-body govuk-!-font-weight-bold app-nowrap" data-testid="totp-key">
              {typedKey}
            </p>
            <p className="govuk-body">{t("auth.enrol.account", { email })}</p>
          </div>
        </details>
      </li>
      <li>{t("auth.enrol.code.label")}</li>
    </ol>
  );
}
