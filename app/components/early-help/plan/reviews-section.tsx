import { formatDate } from "~/domain/date-format";
import { SummaryCard, SummaryList } from "~/components/govuk/summary-list";
import type { PlanPage } from "~/services/early-help-plan-page.server";
import { usePlanT } from "../terms";

/** Reviews, latest first, with who came, each goal's score and what changed. */
export function ReviewsSection({ page }: { page: PlanPage }) {
  const t = usePlanT();
  const { goals, reviews } = page.detail;
  const goalName = (goalId: string) => goals.find((goal) => goal.id === goalId)?.description ?? "";
  return (
    <>
      <h2 className="govuk-heading-m">{t("plans.plan.reviewsHeading")}</h2>
      {reviews.length === 0 ? (
        <p className="govuk-body">{t("plans.plan.noReviews")}</p>
      ) : (
        [...reviews].reverse().map((review) => (
          <SummaryCard key={review.id} title={t("plans.review.cardTitle", { date: formatDate(review.heldOn) })}>
            <SummaryList
              rows={[
                {
                  key: t("plans.review.attendees"),
                  value: review.attendees.map((person) => `${person.name} (${person.role})`).join(", "),
                },
                {
                  key: t("plans.review.scores"),
                  value: (
                    <ul className="govuk-list">
                      {review.scores.map((score) => (
                        <li key={score.goalId}>
                          {t("plans.review.scoreLine", { goal: goalName(score.goalId), score: score.score })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  key: t("plans.review.whatChanged"),
                  value: <span className="app-preserve-lines">{review.whatChanged}</span>,
                },
                { key: t("plans.review.nextReviewOn"), value: formatDate(review.nextReviewOn) },
              ]}
            />
          </SummaryCard>
        ))
      )}
    </>
  );
}
