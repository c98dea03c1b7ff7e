import { Tag } from "~/components/govuk/tag";
import { formatDateTime } from "~/domain/date-format";
import { formatDuration } from "~/i18n/time-left";
import { useT } from "~/i18n/use-t";
import type { CheckView } from "~/services/mash-checks.server";
import { TimeLeftTag } from "./tags";

/** The lawful basis for sharing, and whether the family was told; if not, who authorised it and why. */
function SharingRows({ sharing }: { sharing: NonNullable<CheckView["sharing"]> }) {
  const t = useT();
  return (
    <>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t("mash.checks.lawfulBasis")}</dt>
        <dd className="govuk-summary-list__value">{t(`mash.lawfulBasis.${sharing.lawfulBasis}`)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">{t("mash.checks.familyInformed")}</dt>
        <dd className="govuk-summary-list__value">
          {sharing.familyInformed ? (
            t("mash.checks.familyInformed.yes")
          ) : (
            <>
              <p className="govuk-body">
                {t("mash.checks.familyInformed.no", { name: sharing.authorisedByName ?? "" })}
              </p>
              <p className="govuk-body app-multiline govuk-!-margin-bottom-0">{sharing.familyNotInformedReason}</p>
            </>
          )}
        </dd>
      </div>
    </>
  );
}

/** The information checks on a contact, with how late each answer is or was. */
export function ChecksTable({ checks }: { checks: CheckView[] }) {
  const t = useT();
  if (checks.length === 0) return <p className="govuk-body">{t("mash.checks.none")}</p>;
  return (
    <>
      {checks.map((check) => (
        <div key={check.id} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">{t(`mash.agency.${check.agency}`)}</h3>
            <div className="govuk-summary-card__actions">
              {check.answeredAt ? (
                check.answeredLateBy ? (
                  <Tag colour="red">
                    {t("mash.checks.answeredLate", { duration: formatDuration(t, check.answeredLateBy) })}
                  </Tag>
                ) : (
                  <Tag colour="green">{t("mash.checks.answeredOnTime")}</Tag>
                )
              ) : check.timeLeft ? (
                <TimeLeftTag timeLeft={check.timeLeft} />
              ) : null}
            </div>
          </div>
          <div className="govuk-summary-card__content">
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("mash.checks.question")}</dt>
                <dd className="govuk-summary-list__value">
                  <p className="govuk-body app-multiline">{check.question}</p>
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    {t("mash.checks.asked", {
                      name: check.requestedByName,
                      time: formatDateTime(new Date(check.requestedAt)),
                    })}
                  </p>
                </dd>
              </div>
              {check.sharing ? <SharingRows sharing={check.sharing} /> : null}
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("mash.checks.due")}</dt>
                <dd className="govuk-summary-list__value">{formatDateTime(new Date(check.dueAt))}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("mash.checks.answer")}</dt>
                <dd className="govuk-summary-list__value">
                  {check.answer && check.answeredAt ? (
                    <>
                      <p className="govuk-body app-multiline">{check.answer}</p>
                      <p className="govuk-body-s govuk-!-margin-bottom-0">
                        {t("mash.checks.answered", {
                          name: check.answeredByName ?? "",
                          time: formatDateTime(new Date(check.answeredAt)),
                        })}
                      </p>
                    </>
                  ) : (
                    t("mash.checks.waiting")
                  )}
                </dd>
              </div>
            </dl>
          </div>
        </div>
      ))}
    </>
  );
}
