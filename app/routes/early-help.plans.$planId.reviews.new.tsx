import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { useGovukForm } from "~/components/forms/govuk-form";
import { FormPage } from "~/components/early-help/form-page";
import { PlanHeading } from "~/components/early-help/plan-heading";
import { usePlanT } from "~/components/early-help/terms";
import { Checkboxes } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Fieldset } from "~/components/govuk/field";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { calendarDate } from "~/domain/early-help/calendar-date";
import { isGoalOpenOn } from "~/domain/early-help/plan";
import { nextReviewDate } from "~/domain/early-help/reviews";
import { goalScoreHistory } from "~/domain/early-help/score-trend";
import { earlyHelpPaths } from "~/early-help-paths";
import { toFieldErrors } from "~/forms/early-help/fields";
import { parseOtherAttendees, reviewSchema, toScores } from "~/forms/early-help/review";
import { pageTitle } from "~/i18n/page-title";
import { auditActor } from "~/services/audit.server";
import { openPlan, type PlanDetail } from "~/services/early-help-plan-records.server";
import { childName } from "~/domain/early-help/child-name";
import { recordReview } from "~/services/early-help-goals.server";
import { earlyHelpSettings } from "~/services/early-help-settings.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "plans.review.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("plans.review.title") }];

/** The people a review's attendance is ticked from: the lead, the team, the family network and whoever gave consent. */
function knownPeople(detail: PlanDetail): { key: string; name: string; role: string }[] {
  const lead = detail.leadProfessional;
  const consent = detail.plan.consent;
  return [
    ...(lead
      ? [{ key: "lead", name: lead.name, role: [lead.jobTitle, lead.organisationName].filter(Boolean).join(", ") }]
      : []),
    ...(consent ? [{ key: "consent", name: consent.givenBy.name, role: consent.givenBy.relationship }] : []),
    ...detail.team.map((member) => ({
      key: `team:${member.id}`,
      name: member.name,
      role: [member.role, member.agency].filter(Boolean).join(", "),
    })),
    ...detail.network.map((member) => ({ key: `network:${member.id}`, name: member.name, role: member.relationship })),
  ];
}

/** Goals open today: the review form's date defaults to today, and the domain checks the date actually given. */
function goalsToScore(detail: PlanDetail) {
  const today = calendarDate(new Date());
  return detail.goals.filter((goal) => goal.endedOn === null || isGoalOpenOn(goal, today));
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit", page: "record-review" });
  return {
    plan: { id: detail.plan.id, reference: detail.plan.reference },
    childNames: detail.children.map(childName),
    people: knownPeople(detail).map(({ key, name, role }) => ({ key, label: `${name} (${role})` })),
    goals: goalsToScore(detail).map((goal) => {
      const history = goalScoreHistory(goal, detail.reviews);
      return {
        id: goal.id,
        description: goal.description,
        baseline: goal.baselineScore,
        latest: history.at(-1)?.score ?? goal.baselineScore,
        target: goal.targetScore,
      };
    }),
    intervalWeeks: earlyHelpSettings().reviewPolicy.intervalWeeks,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "earlyHelp.viewOwnPlans", { context });
  const { detail } = await openPlan(context, user, params.planId, { need: "edit" });
  const submission = parseWithZod(await request.formData(), {
    schema: reviewSchema(detail.goals.map((goal) => goal.id)),
  });
  if (submission.status !== "success") return errorReply(submission);
  const value = submission.value;
  const people = knownPeople(detail);
  const ticked = (value.attendees ?? []).flatMap((key) => {
    const person = people.find((candidate) => candidate.key === key);
    return person ? [{ name: person.name, role: person.role }] : [];
  });
  const result = await recordReview(auditActor(context, user), user, detail.plan.id, {
    heldOn: value.heldOn,
    attendees: [...ticked, ...parseOtherAttendees(value.otherAttendees)],
    scores: toScores(value.scores as Record<string, number | undefined> | undefined),
    whatChanged: value.whatChanged,
    nextReviewOn: value.nextReviewOn ?? nextReviewDate(value.heldOn, earlyHelpSettings().reviewPolicy),
  });
  if (!result.ok) {
    const rename: Record<string, string> = {};
    for (const error of result.errors) {
      if (error.field.startsWith("attendees.")) rename[error.field] = "otherAttendees";
    }
    return errorReply(submission, { fieldErrors: toFieldErrors(result.errors, rename) });
  }
  throw redirect(`${earlyHelpPaths.plan(detail.plan.id)}?done=review`);
}

export default function RecordReview() {
  const t = usePlanT();
  const data = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "plans-reviews-new",
    translate: t,
    lastResult: useActionData<typeof action>(),
    titleKey: "plans.review.title",
    fieldOrder: ["heldOn", "attendees", "otherAttendees", "scores", "whatChanged", "nextReviewOn"],
    formErrorField: "heldOn",
  });
  return (
    <FormPage
      form={form}
      heading={
        <PlanHeading reference={data.plan.reference} childNames={data.childNames} title={t("plans.review.heading")} />
      }
      submitText={t("plans.review.submit")}
      cancelHref={earlyHelpPaths.plan(data.plan.id)}
    >
      <DateInput
        legend={t("plans.review.heldOnLegend")}
        legendSize="m"
        hint={t("plans.form.dateHint")}
        {...form.date("heldOn")}
      />
      {data.people.length > 0 ? (
        <Checkboxes
          legend={t("plans.review.attendeesLegend")}
          hint={t("plans.review.attendeesHint")}
          {...form.choice("attendees")}
          items={data.people.map((person) => ({ value: person.key, label: person.label }))}
        />
      ) : null}
      <Textarea
        label={t("plans.review.otherAttendees")}
        labelSize={data.people.length > 0 ? "s" : "m"}
        hint={t("plans.review.otherAttendeesHint")}
        {...form.field("otherAttendees")}
        {...(form.field("otherAttendees") ?? (data.people.length === 0 ? form.error("attendees") : undefined))}
        rows={3}
      />
      <Fieldset legend={t("plans.review.scoresLegend")} legendSize="m">
        <p className="govuk-hint">{t("plans.review.scoresHint")}</p>
        {data.goals.map((goal) => (
          <Input
            key={goal.id}
            inputMode="numeric"
            width="2"
            label={goal.description}
            hint={t("plans.review.scoreHint", { baseline: goal.baseline, latest: goal.latest, target: goal.target })}
            {...form.field(`scores.${goal.id}`)}
          />
        ))}
      </Fieldset>
      <Textarea label={t("plans.review.whatChangedLabel")} labelSize="m" {...form.field("whatChanged")} />
      <DateInput
        legend={t("plans.review.nextReviewLegend")}
        legendSize="m"
        hint={t("plans.review.nextReviewHint", { weeks: data.intervalWeeks })}
        {...form.date("nextReviewOn")}
      />
    </FormPage>
  );
}
