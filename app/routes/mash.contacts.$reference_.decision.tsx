import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { BackLink } from "~/components/govuk/back-link";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { Select } from "~/components/govuk/select";
import { Textarea } from "~/components/govuk/textarea";
import { WarningText } from "~/components/govuk/warning-text";
import { displayName } from "~/components/mash/names";
import { fitHint, levelList } from "~/components/mash/outcome-fit";
import { primaryNeeds } from "~/domain/contact/census";
import { ragRatings } from "~/domain/mash/rag";
import { childFieldNames, decisionLimits, decisionSchema } from "~/forms/mash/decision";
import type { MessageKey, MessageParams } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { decisionForm, recordDecision, type DecisionForm } from "~/services/mash-decisions.server";
import { mashSettings } from "~/services/mash-settings.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.decision.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.decision.title") }];

const outcomeOptions = () =>
  mashSettings.outcomes.map(({ id, labelKey }) => ({ id, labelKey, fit: mashSettings.outcomeFit[id] ?? null }));

function schemaFor(form: DecisionForm) {
  return decisionSchema({
    childIds: form.children.map((child) => child.id),
    levels: form.levels.map(({ level }) => level),
    outcomes: mashSettings.outcomes.map(({ id }) => id),
    fit: mashSettings.outcomeFit,
    referralOutcomes: referralOutcomeIds(),
  });
}

const referralOutcomeIds = () =>
  mashSettings.outcomes.filter((outcome) => outcome.createsReferral).map((outcome) => outcome.id);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const form = await decisionForm(auditActor(context, user), params.reference ?? "");
  if (!form) throw new Response("Not found", { status: 404 });
  const eachChild = new URL(request.url).searchParams.get("each") === "yes" && form.children.length > 1;
  return { form, outcomes: outcomeOptions(), eachChild, referralOutcomes: referralOutcomeIds() };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const actor = auditActor(context, user);
  const form = await decisionForm(actor, params.reference ?? "");
  if (!form) throw new Response("Not found", { status: 404 });
  const submission = parseWithZod(await request.formData(), { schema: schemaFor(form) });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await recordDecision(actor, user, form.reference, submission.value);
  if (outcome.ok) {
    throw redirect(
      `${mashPaths.contact(form.reference, outcome.needsSignOff ? "decisionAwaitingSignOff" : "decisionRecorded")}#decision`,
    );
  }
  return refusalReply(submission, outcome);
}

export default function RecordDecision() {
  const t = useT();
  const { form, outcomes, eachChild, referralOutcomes } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const several = form.children.length > 1;
  const perChild = form.children.map((child, index) => ({ child, names: childFieldNames(index) }));
  const chosenNames = eachChild ? perChild.map(({ names }) => names) : [{ level: "level", outcome: "outcome" }];
  const order = [
    "rag",
    ...chosenNames.flatMap((names) => [names.level, names.outcome]),
    "primaryNeed",
    "rationale",
    "outcomeReason",
    "referrerFeedback",
    "internalNotes",
  ];
  const outcomeName = (id: string | undefined) => {
    const found = outcomes.find((outcome) => outcome.id === id);
    return found ? t(found.labelKey as MessageKey) : "";
  };
  const chosenValue = (name: string) => lastResult?.initialValue?.[name];
  // The fit messages name the outcome and level chosen: "A strategy discussion is only for level 4".
  const paramsFor = (name: string, message: string): MessageParams | undefined => {
    if (message === "mash.decision.fit.notAtLevel") {
      const outcome = outcomes.find((candidate) => candidate.id === chosenValue(name));
      return { outcome: outcomeName(outcome?.id), levels: levelList(t, outcome?.fit?.onlyAtLevels ?? []) };
    }
    if (message === "mash.decision.outcomeReason.required") {
      const needing = chosenNames.find((names) => {
        const fit = outcomes.find((candidate) => candidate.id === chosenValue(names.outcome))?.fit;
        return fit?.reasonAtLevels?.includes(Number(chosenValue(names.level)));
      });
      return needing
        ? { outcome: outcomeName(String(chosenValue(needing.outcome))), level: String(chosenValue(needing.level)) }
        : undefined;
    }
    return undefined;
  };
  const decision = useGovukForm({
    id: "decision",
    lastResult,
    defaultValue: { rag: form.rag ?? undefined },
    fieldOrder: order,
    formErrorField: "rag",
    titleKey: "mash.decision.title",
    paramsFor,
  });
  const levelItems = form.levels.map(({ level, name }) => ({
    value: String(level),
    label: t("mash.levelName", { level, name }),
  }));
  const outcomeItems = outcomes.map(({ id, labelKey, fit }) => ({
    value: id,
    label: t(labelKey as MessageKey),
    hint: fitHint(t, fit),
  }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(form.reference)} />
        <FormErrorSummary form={decision} />
        <span className="govuk-caption-l">{t("mash.decision.caption", { reference: form.reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.decision.title")}</h1>
        {form.openChecks > 0 ? (
          <WarningText assistiveText={t("mash.warning")}>
            {t(form.openChecks === 1 ? "mash.decision.openChecks.one" : "mash.decision.openChecks.other", {
              count: form.openChecks,
            })}
          </WarningText>
        ) : null}
        {form.referrerLevel === null ? null : (
          <p className="govuk-inset-text">{t("mash.decision.referrerView", { level: form.referrerLevel })}</p>
        )}

        <GovukFormLayout
          form={decision}
          submitText={t("mash.decision.submit")}
          action={eachChild ? "?each=yes" : undefined}
        >
          <input type="hidden" name="sameForAll" value={eachChild ? "no" : "yes"} />
          <Radios
            {...decision.choice("rag")}
            legend={t("mash.decision.rag.legend")}
            inline
            items={ragRatings.map((rag) => ({ value: rag, label: t(`mash.rag.${rag}`) }))}
          />
          {eachChild ? (
            perChild.map(({ child, names }) => (
              <div key={child.id} className="govuk-!-margin-bottom-6">
                <h2 className="govuk-heading-m">{displayName(child)}</h2>
                <Radios
                  {...decision.choice(names.level)}
                  legend={t("mash.decision.level.legendFor", { name: displayName(child) })}
                  legendSize="s"
                  items={levelItems}
                />
                <Radios
                  {...decision.choice(names.outcome)}
                  legend={t("mash.decision.outcome.legendFor", { name: displayName(child) })}
                  legendSize="s"
                  hint={t("mash.decision.outcome.hint")}
                  items={outcomeItems}
                />
              </div>
            ))
          ) : (
            <>
              {several ? (
                <p className="govuk-body">
                  {t("mash.decision.forAllChildren", { count: form.children.length })}{" "}
                  <Link className="govuk-link" to="?each=yes">
                    {t("mash.decision.eachChild")}
                  </Link>
                </p>
              ) : null}
              <Radios {...decision.choice("level")} legend={t("mash.decision.level.legend")} items={levelItems} />
              <Radios
                {...decision.choice("outcome")}
                legend={t("mash.decision.outcome.legend")}
                hint={t("mash.decision.outcome.hint")}
                items={outcomeItems}
              />
            </>
          )}
          {eachChild ? (
            <p className="govuk-body">
              <Link className="govuk-link" to="?">
                {t("mash.decision.allChildren")}
              </Link>
            </p>
          ) : null}
          <Select
            {...decision.field("primaryNeed")}
            label={t("mash.decision.primaryNeed.label")}
            hint={t("mash.decision.primaryNeed.hint", {
              outcomes: referralOutcomes.map((id) => outcomeName(id)).join(", "),
            })}
            placeholder={t("mash.decision.primaryNeed.placeholder")}
            options={primaryNeeds.map((need) => ({ value: need.code, text: t(need.messageKey) }))}
          />
          <Textarea
            {...decision.field("rationale")}
            label={t("mash.decision.rationale.label")}
            labelSize="m"
            hint={t("mash.decision.rationale.hint")}
            maxLength={decisionLimits.rationale}
            rows={8}
          />
          <Textarea
            {...decision.field("outcomeReason")}
            label={t("mash.decision.outcomeReason.label")}
            labelSize="m"
            hint={t("mash.decision.outcomeReason.hint")}
            maxLength={decisionLimits.outcomeReason}
            rows={3}
          />
          <Textarea
            {...decision.field("referrerFeedback")}
            label={t("mash.decision.feedback.label")}
            labelSize="m"
            hint={t("mash.decision.feedback.hint")}
            maxLength={decisionLimits.referrerFeedback}
          />
          <Textarea
            {...decision.field("internalNotes")}
            label={t("mash.decision.internalNotes.label")}
            labelSize="m"
            hint={t("mash.decision.internalNotes.hint")}
            maxLength={decisionLimits.internalNotes}
          />
        </GovukFormLayout>
      </div>
    </div>
  );
}
