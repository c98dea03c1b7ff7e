import { Form, Link } from "@remix-run/react";
import { formatDate } from "~/domain/date-format";
import { ScoreChart } from "~/components/early-help/score-chart";
import { Button } from "~/components/govuk/button";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import { Table } from "~/components/govuk/table";
import { outcomeAreaLabels } from "~/domain/early-help/outcome-areas";
import { goalScoreHistory } from "~/domain/early-help/score-trend";
import { earlyHelpPaths } from "~/early-help-paths";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

type Goal = PlanPage["detail"]["goals"][number];

function GoalCard({ page, goal, number }: { page: PlanPage; goal: Goal; number: number }) {
  const t = usePlanT();
  const planId = page.detail.plan.id;
  const latest = goalScoreHistory(goal, page.chartReviews).at(-1);
  const actions = page.detail.actions.filter((action) => action.goalId === goal.id);
  return (
    <SummaryCard
      title={t("plans.goal.cardTitle", { number, description: goal.description })}
      actions={
        page.canWork ? (
          <Link className="govuk-link" to={earlyHelpPaths.newAction(planId, goal.id)}>
            {t("plans.goal.addAction")}
            <span className="govuk-visually-hidden"> {t("plans.goal.forGoal", { number })}</span>
          </Link>
        ) : undefined
      }
    >
      <SummaryList
        rows={[
          { key: t("plans.goal.outcomeArea"), value: t(outcomeAreaLabels[goal.outcomeArea]) },
          { key: t("plans.goal.need"), value: goal.need },
          {
            key: t("plans.goal.scores"),
            value: t("plans.goal.scoresValue", {
              baseline: goal.baselineScore,
              latest: latest?.score ?? goal.baselineScore,
              target: goal.targetScore,
            }),
          },
        ]}
      />
      {actions.length > 0 ? (
        <Table
          caption={t("plans.action.caption")}
          rows={actions}
          rowKey={(action) => action.id}
          columns={[
            { header: t("plans.action.what"), cell: (action) => action.what },
            { header: t("plans.action.who"), cell: (action) => action.who },
            { header: t("plans.action.byWhen"), cell: (action) => formatDate(action.byWhen) },
            {
              header: t("plans.action.done"),
              cell: (action) =>
                action.doneOn ? (
                  t("plans.action.doneOn", { date: formatDate(action.doneOn) })
                ) : page.canWork ? (
                  <Form method="post" action={earlyHelpPaths.actionDone(planId, action.id)}>
                    <Button variant="secondary" className="govuk-!-margin-bottom-0">
                      {t("plans.action.markDone")}
                      <span className="govuk-visually-hidden"> {action.what}</span>
                    </Button>
                  </Form>
                ) : (
                  t("plans.action.notDone")
                ),
            },
          ]}
        />
      ) : null}
    </SummaryCard>
  );
}

/** The family's goals, their scores over time, and the actions towards each. */
export function GoalsSection({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { goals } = page.detail;
  return (
    <>
      <h2 className="govuk-heading-m">{t("plans.plan.outcomesHeading")}</h2>
      {goals.length === 0 ? (
        <p className="govuk-body">{t("plans.plan.noGoals")}</p>
      ) : (
        <>
          <ScoreChart goals={goals} reviews={page.chartReviews} caption={t("plans.chart.caption")} />
          {goals.map((goal, index) => (
            <GoalCard key={goal.id} page={page} goal={goal} number={index + 1} />
          ))}
        </>
      )}
    </>
  );
}
