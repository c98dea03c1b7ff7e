import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import { consentPurposeLabels } from "~/domain/early-help/consent";
import { outcomeAreaLabels } from "~/domain/early-help/outcome-areas";
import { trendLabels } from "~/domain/early-help/score-trend";
import type { StepUpHandover as Handover } from "~/domain/early-help/step-up";
import { planKindLabels, type Vocabulary } from "~/domain/early-help/terminology";
import { formatDate } from "~/domain/date-format";
import { usePlanT } from "./terms";

/**
 * What a step-up carries into the MASH, for the screener: the reason, the
 * family's plan and its history, as the lead professional sent it, so the
 * family's story is not asked for again.
 */
export function StepUpHandover({ handover, vocabulary }: { handover: Handover; vocabulary: Vocabulary }) {
  const t = usePlanT(vocabulary);
  const lead = handover.leadProfessional;
  const text = (value: string) => <span className="app-preserve-lines">{value}</span>;
  return (
    <section aria-labelledby="step-up-handover">
      <h2 className="govuk-heading-l" id="step-up-handover">
        {t("stepUp.handover.heading", { reference: handover.plan.reference })}
      </h2>
      <p className="govuk-body">
        {t("stepUp.handover.lead", {
          kind: t(planKindLabels[handover.plan.kind]),
          started: formatDate(handover.plan.startedOn),
          sent: formatDate(handover.requestedOn),
        })}
      </p>
      <SummaryCard title={t("stepUp.handover.why")}>
        <SummaryList
          rows={[
            { key: t("plans.stepUp.worry"), value: text(handover.reason) },
            {
              key: t("stepUp.handover.familyAware"),
              value: handover.familyAware.aware
                ? t("common.yes")
                : t("stepUp.handover.familyNotAware", { reason: handover.familyAware.reason }),
            },
            {
              key: t("plans.plan.lead"),
              value: lead
                ? [lead.name, lead.role, lead.organisation, lead.email, lead.phone].filter(Boolean).join(", ")
                : t("plans.plan.noLead"),
            },
            { key: t("stepUp.handover.children"), value: handover.children.map((child) => child.name).join(", ") },
            { key: t("plans.plan.trend"), value: t(trendLabels[handover.overallTrend]) },
          ]}
        />
      </SummaryCard>
      {handover.assessment ? (
        <SummaryCard title={t("plans.assessment.heading")}>
          <SummaryList
            rows={[
              ...handover.assessment.domains.flatMap((domain) => [
                {
                  key: t("plans.assessment.strengthsIn", { domain: domain.domainName }),
                  value: text(domain.strengths),
                },
                { key: t("plans.assessment.needsIn", { domain: domain.domainName }), value: text(domain.needs) },
              ]),
              { key: t("plans.assessment.familyView"), value: text(handover.assessment.familyView) },
              { key: t("plans.assessment.childVoice"), value: text(handover.assessment.childVoice) },
            ]}
          />
        </SummaryCard>
      ) : null}
      {handover.goals.map((goal, index) => (
        <SummaryCard
          key={index}
          title={t("plans.goal.cardTitle", { number: index + 1, description: goal.description })}
        >
          <SummaryList
            rows={[
              { key: t("plans.goal.outcomeArea"), value: t(outcomeAreaLabels[goal.outcomeArea]) },
              { key: t("plans.goal.need"), value: goal.need },
              {
                key: t("stepUp.handover.scoreHistory"),
                value: t("stepUp.handover.scores", {
                  scores: goal.scores.map((point) => `${formatDate(point.date)}: ${point.score}`).join("; "),
                  target: goal.targetScore,
                }),
              },
              { key: t("plans.plan.trend"), value: t(trendLabels[goal.trend]) },
            ]}
          />
        </SummaryCard>
      ))}
      {handover.reviews.length > 0 ? (
        <SummaryCard title={t("plans.plan.reviewsHeading")}>
          <SummaryList
            rows={handover.reviews.map((review) => ({
              key: formatDate(review.heldOn),
              value: (
                <>
                  {text(review.whatChanged)}
                  <br />
                  {t("stepUp.handover.attended", {
                    people: review.attendees.map((person) => `${person.name} (${person.role})`).join(", "),
                  })}
                </>
              ),
            }))}
          />
        </SummaryCard>
      ) : null}
      <SummaryCard title={t("stepUp.handover.peopleAndConsent")}>
        <SummaryList
          rows={[
            ...handover.team.map((member) => ({
              key: member.name,
              value: [member.role, member.agency].filter(Boolean).join(", "),
            })),
            {
              key: t("plans.consent.heading"),
              value: handover.consent
                ? `${handover.consent.givenBy.name} (${handover.consent.givenBy.relationship}), ${formatDate(
                    handover.consent.givenOn,
                  )}: ${handover.consent.purposes.map((purpose) => t(consentPurposeLabels[purpose])).join("; ")}`
                : t("plans.task.status.notRecorded"),
            },
          ]}
        />
      </SummaryCard>
    </section>
  );
}
