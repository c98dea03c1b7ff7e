import { SummaryList } from "~/components/govuk/summary-list";
import { formatDateTime } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import type { ReferrerFeedback } from "~/services/referrer-feedback.server";

/**
 * The referrer's view of what happened to their contact: received, being
 * screened, decided; and once decided, each child's outcome and level and
 * the MASH's feedback. Nothing the MASH keeps to itself reaches this component.
 */
export function ContactTimeline({ feedback }: { feedback: ReferrerFeedback }) {
  const t = useT();
  return (
    <>
      <h2 className="govuk-heading-m">{t("referrerFeedback.heading")}</h2>
      <ol className="app-timeline govuk-list">
        {feedback.timeline.map((step) => (
          <li
            key={step.stage}
            className={step.done ? "app-timeline__step app-timeline__step--done" : "app-timeline__step"}
          >
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{t(`referrerFeedback.stage.${step.stage}`)}</h3>
            <p className="govuk-body">
              {step.done
                ? step.at
                  ? formatDateTime(new Date(step.at))
                  : t("referrerFeedback.done")
                : t("referrerFeedback.notYet")}
            </p>
          </li>
        ))}
      </ol>
      {feedback.decision ? (
        <section aria-labelledby="referrer-decision">
          <h2 className="govuk-heading-m" id="referrer-decision">
            {t("referrerFeedback.decision")}
          </h2>
          <SummaryList
            rows={[
              { key: t("referrerFeedback.decidedAt"), value: formatDateTime(new Date(feedback.decision.decidedAt)) },
              ...feedback.decision.children.map((child) => ({
                key: child.name,
                value: (
                  <>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      {t("referrerFeedback.outcome")}:{" "}
                      {child.outcomeLabelKey ? t(child.outcomeLabelKey as MessageKey) : child.outcome}
                    </p>
                    <p className="govuk-body govuk-!-margin-bottom-0">
                      {t("referrerFeedback.level")}:{" "}
                      {child.levelName
                        ? t("mash.levelName", { level: child.decidedLevel, name: child.levelName })
                        : t("mash.level", { level: child.decidedLevel })}
                    </p>
                  </>
                ),
              })),
              {
                key: t("referrerFeedback.feedback"),
                value: <span className="app-multiline">{feedback.decision.feedback}</span>,
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
