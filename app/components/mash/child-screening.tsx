import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/govuk/button";
import { SummaryList } from "~/components/govuk/summary-list";
import { Tag } from "~/components/govuk/tag";
import { WarningText } from "~/components/govuk/warning-text";
import { formatNhsNumber } from "~/domain/contact/nhs-number";
import { planStatusLabels, type PlanStatus } from "~/domain/early-help/plan-status";
import { formatDate, formatDateTime } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import type { ChildScreening } from "~/services/mash-screening.server";
import type { PersonHistory } from "~/services/person-history.server";
import type { PersonSummary } from "~/services/person-matching.server";
import { useOutcomeLabel, type OutcomeLabel } from "./decision-summary";
import { displayName } from "./names";

function addressLines(
  address: { line1?: string | null; line2?: string | null; town?: string | null; postcode?: string | null } | null,
) {
  return [address?.line1, address?.line2, address?.town, address?.postcode].filter(Boolean).join(", ");
}

/** One child in the contact: what the referrer said, then either their person record and history, or the candidates. */
export function ChildScreeningCard({
  reference,
  child,
  canWork,
  outcomes,
}: {
  reference: string;
  child: ChildScreening;
  canWork: boolean;
  outcomes: OutcomeLabel[];
}) {
  const t = useT();
  const name = displayName(child);
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`child-${child.id}`}>
      <h3 className="govuk-heading-m" id={`child-${child.id}`}>
        {name}
      </h3>
      <SummaryList
        rows={[
          child.dateOfBirth
            ? { key: t("mash.child.dateOfBirth"), value: formatDate(child.dateOfBirth) }
            : {
                key: t("mash.child.dateOfBirth"),
                value: t("mash.child.unborn", { date: formatDate(child.dueDate ?? "") }),
              },
          { key: t("mash.child.sex"), value: t(`mash.sex.${child.sex}` as MessageKey) },
          {
            key: t("mash.child.nhsNumber"),
            value: child.nhsNumber ? formatNhsNumber(child.nhsNumber) : t("common.notProvided"),
          },
          { key: t("mash.child.address"), value: addressLines(child.address) || t("common.notProvided") },
        ]}
      />
      {child.linked ? (
        <LinkedPerson reference={reference} child={child} canWork={canWork} outcomes={outcomes} />
      ) : (
        <Candidates reference={reference} child={child} canWork={canWork} />
      )}
      {child.links.length > 0 ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">{t("mash.links.heading")}</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {child.links.map((event, index) => (
                <li key={index}>
                  {event.event === "linked"
                    ? t("mash.links.linked", {
                        name: event.actorName,
                        time: formatDateTime(new Date(event.occurredAt)),
                      })
                    : t("mash.links.unlinked", {
                        name: event.actorName,
                        time: formatDateTime(new Date(event.occurredAt)),
                        reason: event.reason ?? "",
                      })}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** A person record's details: name, date of birth, NHS number and address. */
export function PersonRows({ person }: { person: PersonSummary }) {
  const t = useT();
  return (
    <SummaryList
      rows={[
        { key: t("mash.match.person"), value: displayName(person) },
        {
          key: t("mash.child.dateOfBirth"),
          value: person.dateOfBirth ? formatDate(person.dateOfBirth) : t("common.notProvided"),
        },
        {
          key: t("mash.child.nhsNumber"),
          value: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : t("common.notProvided"),
        },
        { key: t("mash.child.address"), value: addressLines(person) || t("common.notProvided") },
      ]}
    />
  );
}

function LinkedPerson({
  reference,
  child,
  canWork,
  outcomes,
}: {
  reference: string;
  child: ChildScreening;
  canWork: boolean;
  outcomes: OutcomeLabel[];
}) {
  const t = useT();
  const { person, history } = child.linked!;
  return (
    <>
      <h4 className="govuk-heading-s">{t("mash.linked.heading")}</h4>
      <PersonRows person={person} />
      <p className="govuk-body">
        <Link className="govuk-link" to={mashPaths.person(person.id)}>
          {t("mash.linked.record")}
          <span className="govuk-visually-hidden"> ({displayName(child)})</span>
        </Link>
      </p>
      {canWork ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={mashPaths.unlink(reference, child.id)}>
            {t("mash.linked.unlink")}
            <span className="govuk-visually-hidden"> ({displayName(child)})</span>
          </Link>
        </p>
      ) : null}
      <History history={history} childName={displayName(child)} outcomes={outcomes} />
    </>
  );
}

function History({
  history,
  childName,
  outcomes,
}: {
  history: PersonHistory;
  childName: string;
  outcomes: OutcomeLabel[];
}) {
  const t = useT();
  const outcomeLabel = useOutcomeLabel(outcomes);
  return (
    <>
      <h4 className="govuk-heading-s">
        {t("mash.history.heading")}
        <span className="govuk-visually-hidden"> ({childName})</span>
      </h4>
      {history.repeatWithin12Months ? (
        <WarningText assistiveText={t("mash.warning")}>{t("mash.history.repeat")}</WarningText>
      ) : null}
      {history.previousContacts.length === 0 ? (
        <p className="govuk-body">{t("mash.history.previous.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{t("mash.history.previous")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("mash.history.column.contact")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("mash.history.column.received")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("mash.history.column.from")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("mash.history.column.outcome")}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.previousContacts.map((contact) => (
              <tr key={contact.reference} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={mashPaths.contact(contact.reference)}>
                    {contact.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{formatDate(new Date(contact.receivedAt))}</td>
                <td className="govuk-table__cell">
                  {contact.organisationName ?? t("mash.contact.organisationNotKnown")}
                </td>
                <td className="govuk-table__cell">
                  {contact.outcome
                    ? t("mash.decision.childOutcome", {
                        outcome: outcomeLabel(contact.outcome.outcome),
                        level: contact.outcome.decidedLevel,
                      })
                    : t("mash.history.notDecided")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h5 className="govuk-heading-s">{t("mash.history.plans")}</h5>
      {history.plans.length === 0 ? (
        <p className="govuk-body">{t("mash.history.plans.none")}</p>
      ) : (
        <ul className="govuk-list">
          {history.plans.map((plan) => (
            <li key={plan.reference}>
              {plan.reference}, {formatDate(plan.startedOn)}
              {plan.closedOn ? ` to ${formatDate(plan.closedOn)}` : ""}{" "}
              <Tag colour={plan.status === "closed" ? "grey" : "green"}>
                {t(planStatusLabels[plan.status as PlanStatus] ?? "earlyHelp.status.active")}
              </Tag>
            </li>
          ))}
        </ul>
      )}
      <h5 className="govuk-heading-s">{t("mash.history.household")}</h5>
      {history.household.length === 0 ? (
        <p className="govuk-body">{t("mash.history.household.none")}</p>
      ) : (
        <ul className="govuk-list">
          {history.household.map((member) => (
            <li key={member.person.id}>
              {displayName(member.person)}
              {member.person.dateOfBirth ? `, ${formatDate(member.person.dateOfBirth)}` : ""} (
              {t(`mash.history.connection.${member.connection}`)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Candidates({ reference, child, canWork }: { reference: string; child: ChildScreening; canWork: boolean }) {
  const t = useT();
  const name = displayName(child);
  return (
    <>
      {child.candidates.length === 0 ? (
        <p className="govuk-body">{t("mash.match.none")}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {t("mash.match.heading")}
            <span className="govuk-visually-hidden"> ({name})</span>
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t("mash.match.person")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("mash.match.score")}
              </th>
              <th scope="col" className="govuk-table__header">
                {t("mash.match.why")}
              </th>
              {canWork ? (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">{t("mash.contact.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {child.candidates.map((candidate) => (
              <tr key={candidate.personId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <strong>{displayName(candidate.person)}</strong>
                  <br />
                  {candidate.person.dateOfBirth ? formatDate(candidate.person.dateOfBirth) : null}
                  {candidate.person.nhsNumber ? (
                    <>
                      <br />
                      {formatNhsNumber(candidate.person.nhsNumber)}
                    </>
                  ) : null}
                  <br />
                  {addressLines(candidate.person)}
                </td>
                <td className="govuk-table__cell">
                  <MatchStrengthTag candidate={candidate} />
                </td>
                <td className="govuk-table__cell">
                  {candidate.caution ? (
                    <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                      {t(`mash.match.caution.${candidate.caution}`)}
                    </p>
                  ) : null}
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {candidate.reasons.map((reason) => (
                      <li key={reason}>{t(`mash.match.reason.${reason}`)}</li>
                    ))}
                  </ul>
                </td>
                {canWork ? (
                  <td className="govuk-table__cell">
                    {candidate.strength === "conflict" ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="link" />
                        <input type="hidden" name="childId" value={child.id} />
                        <input type="hidden" name="personId" value={candidate.personId} />
                        <Button variant="secondary" className="govuk-!-margin-bottom-0">
                          {t("mash.match.link")}
                          <span className="govuk-visually-hidden">
                            {" "}
                            {t("mash.match.linkHidden", { child: name, person: displayName(candidate.person) })}
                          </span>
                        </Button>
                      </Form>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWork ? (
        <div className="govuk-button-group">
          <Form method="post">
            <input type="hidden" name="intent" value="createPerson" />
            <input type="hidden" name="childId" value={child.id} />
            <Button variant="secondary" className="govuk-!-margin-bottom-0">
              {t("mash.match.createPerson")}
              <span className="govuk-visually-hidden"> ({name})</span>
            </Button>
          </Form>
          <Link className="govuk-link" to={mashPaths.findPerson(reference, child.id)}>
            {t("mash.match.find")}
            <span className="govuk-visually-hidden"> ({name})</span>
          </Link>
        </div>
      ) : null}
    </>
  );
}

/** Strong in green, possible in yellow; a conflicting NHS number in red, because it must be resolved before linking. */
function MatchStrengthTag({ candidate }: { candidate: ChildScreening["candidates"][number] }) {
  const t = useT();
  if (candidate.strength === "conflict") return <Tag colour="red">{t("mash.match.conflict")}</Tag>;
  return (
    <Tag colour={candidate.strength === "strong" ? "green" : "yellow"}>
      {t(candidate.strength === "strong" ? "mash.match.strong" : "mash.match.possible", { score: candidate.score })}
    </Tag>
  );
}
