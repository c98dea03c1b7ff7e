import { SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { formatDateTime } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import type { DecisionView } from "~/services/mash-decisions.server";
import { RagTag } from "./tags";

export interface OutcomeLabel {
  id: string;
  labelKey: string;
}

export function useOutcomeLabel(outcomes: OutcomeLabel[]) {
  const t = useT();
  return (id: string) => {
    const found = outcomes.find((outcome) => outcome.id === id);
    return found ? t(found.labelKey as MessageKey) : id;
  };
}

/** A decision as the MASH sees it: every child's outcome, the rationale, the notes, the feedback, and any sign-off. */
export function DecisionSummary({ decision, outcomes }: { decision: DecisionView; outcomes: OutcomeLabel[] }) {
  const t = useT();
  const outcomeLabel = useOutcomeLabel(outcomes);
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {t("mash.decision.recordedBy", {
            name: decision.recordedByName,
            time: formatDateTime(new Date(decision.recordedAt)),
          })}
        </h3>
        <div className="govuk-summary-card__actions">
          <Tag
            colour={decision.state === "returned" ? "grey" : decision.state === "awaiting_sign_off" ? "pink" : "green"}
          >
            {t(`mash.decision.state.${decision.state}`)}
          </Tag>
        </div>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: t("mash.contact.rag"), value: <RagTag rag={decision.rag} /> },
            {
              key: t("mash.decision.children"),
              value: (
                <ul className="govuk-list">
                  {decision.children.map((child) => (
                    <li key={child.contactChildId}>
                      <strong>{child.childName}</strong>:{" "}
                      {t("mash.decision.childOutcome", {
                        outcome: outcomeLabel(child.outcome),
                        level: child.decidedLevel,
                      })}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              key: t("mash.decision.rationale.label"),
              value: <span className="app-multiline">{decision.rationale}</span>,
            },
            ...(decision.outcomeReason
              ? [
                  {
                    key: t("mash.decision.outcomeReason.summary"),
                    value: <span className="app-multiline">{decision.outcomeReason}</span>,
                  },
                ]
              : []),
            {
              key: t("mash.decision.feedback.label"),
              value: <span className="app-multiline">{decision.referrerFeedback}</span>,
            },
            ...(decision.internalNotes
              ? [
                  {
                    key: t("mash.decision.internalNotes.label"),
                    value: <span className="app-multiline">{decision.internalNotes}</span>,
                  },
                ]
              : []),
            ...(decision.signOff
              ? [
                  {
                    key: t("mash.decision.managerComment"),
                    value: (
                      <>
                        <p className="govuk-body">
                          {t(
                            decision.signOff.result === "approved"
                              ? "mash.decision.approvedBy"
                              : "mash.decision.returnedBy",
                            {
                              name: decision.signOff.managerName,
                              time: formatDateTime(new Date(decision.signOff.occurredAt)),
                            },
                          )}
                        </p>
                        {decision.signOff.comment ? (
                          <p className="govuk-body app-multiline">{decision.signOff.comment}</p>
                        ) : null}
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </div>
    </div>
  );
}
