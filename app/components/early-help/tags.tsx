import { Tag, type TagColour } from "~/components/govuk/tag";
import { planStatusLabels, type PlanStatus } from "~/domain/early-help/plan-status";
import { reviewStatusLabels, type ReviewStatus } from "~/domain/early-help/reviews";
import { usePlanT } from "./terms";

const statusColours: Record<PlanStatus, TagColour> = {
  awaiting_allocation: "yellow",
  active: "green",
  paused: "grey",
  stepped_up_pending: "purple",
  closed: "grey",
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const t = usePlanT();
  return <Tag colour={statusColours[status]}>{t(planStatusLabels[status])}</Tag>;
}

const reviewColours: Record<ReviewStatus, TagColour> = { on_track: "green", due_soon: "yellow", overdue: "red" };

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const t = usePlanT();
  return <Tag colour={reviewColours[status]}>{t(reviewStatusLabels[status])}</Tag>;
}
