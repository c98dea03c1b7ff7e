import { formatDate } from "~/domain/date-format";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import {
  networkMeetingStage,
  networkMeetingStageLabels,
  networkMeetingTypeLabels,
} from "~/domain/early-help/family-network";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

/** The team around the family and the family's own network. */
export function PeopleSection({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { plan, team, network } = page.detail;
  const meeting = plan.networkMeeting;
  return (
    <>
      <h2 className="govuk-heading-m">{t("plans.plan.peopleHeading")}</h2>
      <SummaryCard title={t("plans.team.heading")}>
        {team.length === 0 ? (
          <p className="govuk-body">{t("plans.team.none")}</p>
        ) : (
          <SummaryList
            rows={team.map((member) => ({
              key: member.name,
              value: [member.role, member.agency, member.email, member.phone].filter(Boolean).join(", "),
            }))}
          />
        )}
      </SummaryCard>
      <SummaryCard title={t("plans.network.heading")}>
        <SummaryList
          rows={[
            {
              key: t("plans.network.meeting"),
              value: meeting?.offered
                ? `${t(networkMeetingTypeLabels[meeting.type])}: ${t(networkMeetingStageLabels[networkMeetingStage(meeting)])}${
                    meeting.heldOn ? ` (${formatDate(meeting.heldOn)})` : ""
                  }`
                : t(networkMeetingStageLabels.not_offered),
            },
            ...network.map((member) => ({
              key: member.name,
              value: [member.relationship, member.contribution, member.phone].filter(Boolean).join(", "),
            })),
          ]}
        />
      </SummaryCard>
    </>
  );
}
