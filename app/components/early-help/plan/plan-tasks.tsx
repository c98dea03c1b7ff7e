import { TaskList, type TaskListItem } from "~/components/govuk/task-list";
import { networkMeetingStageLabels } from "~/domain/early-help/family-network";
import type { PlanTask, PlanTaskId, PlanTaskState } from "~/domain/early-help/plan-overview";
import { earlyHelpPaths } from "~/early-help-paths";
import { usePlanT } from "../terms";

type Translate = ReturnType<typeof usePlanT>;

const titles = {
  children: "plans.task.children",
  consent: "plans.task.consent",
  assessment: "plans.task.assessment",
  lead: "plans.task.lead",
  team: "plans.task.team",
  network: "plans.task.network",
  goals: "plans.task.goals",
  review: "plans.task.review",
  stepUp: "plans.task.stepUp",
  close: "plans.task.close",
} as const satisfies Record<PlanTaskId, string>;

const links: Record<PlanTaskId, (planId: string) => string> = {
  children: earlyHelpPaths.addChild,
  consent: earlyHelpPaths.consent,
  assessment: earlyHelpPaths.assessment,
  lead: earlyHelpPaths.allocate,
  team: earlyHelpPaths.team,
  network: earlyHelpPaths.familyNetwork,
  goals: earlyHelpPaths.newGoal,
  review: earlyHelpPaths.newReview,
  stepUp: earlyHelpPaths.stepUp,
  close: (planId) => earlyHelpPaths.close(planId),
};

const counts = {
  children: "plans.task.childrenCount",
  team: "plans.task.peopleCount",
  goals: "plans.task.goalsCount",
  review: "plans.task.reviewsCount",
} as const;

function statusOf(t: Translate, id: PlanTaskId, state: PlanTaskState): TaskListItem["status"] {
  switch (state.type) {
    case "count":
      return { text: t(counts[id as keyof typeof counts], { count: state.count }), asTag: false };
    case "consent":
      if (state.state === "notRecorded")
        return { text: t("plans.task.status.notRecorded"), colour: "blue", asTag: true };
      if (state.state === "withdrawn") return { text: t("plans.task.status.withdrawn"), colour: "red", asTag: true };
      return { text: t("plans.task.status.recorded"), asTag: false };
    case "assessment":
      if (state.state === "completed") return { text: t("plans.task.status.completed"), asTag: false };
      if (state.state === "inProgress") {
        return { text: t("plans.task.status.inProgress"), colour: "light-blue", asTag: true };
      }
      return { text: t("plans.task.status.notStarted"), colour: "blue", asTag: true };
    case "lead":
      return state.name
        ? { text: state.name, asTag: false }
        : { text: t("plans.task.status.notAllocated"), colour: "yellow", asTag: true };
    case "network":
      return { text: t(networkMeetingStageLabels[state.stage]), asTag: false };
    case "review":
      return state.status === "overdue"
        ? { text: t("earlyHelp.review.status.overdue"), colour: "red", asTag: true }
        : { text: t("earlyHelp.review.status.dueSoon"), colour: "yellow", asTag: true };
    case "stepUp":
      return {
        text: state.pending ? t("earlyHelp.status.steppedUpPending") : t("plans.task.status.optional"),
        asTag: false,
      };
    case "open":
      return { text: t("plans.task.status.open"), asTag: false };
  }
}

/** The plan's tasks, in the order a lead professional usually works through them. */
export function PlanTaskList({ planId, tasks }: { planId: string; tasks: readonly PlanTask[] }) {
  const t = usePlanT();
  const items = tasks.map((task): TaskListItem => ({
    id: `task-${task.id === "stepUp" ? "step-up" : task.id}`,
    title: t(titles[task.id]),
    href: task.canStart ? links[task.id](planId) : undefined,
    hint:
      task.waitingFor === "consent"
        ? t("plans.task.needsConsent")
        : task.waitingFor === "goals"
          ? t("plans.task.needsGoals")
          : undefined,
    status: statusOf(t, task.id, task.state),
  }));
  return <TaskList items={items} />;
}
