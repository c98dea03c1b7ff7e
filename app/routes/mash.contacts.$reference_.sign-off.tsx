import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { ChecksTable } from "~/components/mash/checks-table";
import { ContactDetails } from "~/components/mash/contact-details";
import { DecisionSummary } from "~/components/mash/decision-summary";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { signOffSchema } from "~/forms/mash/sign-off";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { signOffDecision } from "~/services/mash-sign-off.server";
import { screeningView } from "~/services/mash-screening.server";
import { mashSettings } from "~/services/mash-settings.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.signOff.pageTitle" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.signOff.pageTitle") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.signOff", { context });
  const view = await screeningView(auditActor(context, user), user, params.reference ?? "");
  const decision = view?.decisions.find((candidate) => candidate.state === "awaiting_sign_off");
  if (!view || !decision) throw new Response("Not found", { status: 404 });
  return { view, decision, outcomes: mashSettings.outcomes.map(({ id, labelKey }) => ({ id, labelKey })) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.signOff", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: signOffSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await signOffDecision(auditActor(context, user), user, reference, submission.value);
  if (outcome.ok) {
    throw redirect(
      mashPaths.signOffList(submission.value.result === "approve" ? "signOffApproved" : "signOffReturned"),
    );
  }
  return refusalReply(submission, outcome);
}

export default function SignOff() {
  const t = useT();
  const { view, decision, outcomes } = useLoaderData<typeof loader>();
  const reference = view.contact.reference;
  const lastResult = useActionData<typeof action>();
  const answers = useGovukForm({
    id: "mash-sign-off",
    lastResult,
    titleKey: "mash.signOff.pageTitle",
    fieldOrder: ["result", "comment"],
    formErrorField: "result",
  });
  return (
    <>
      <BackLink to={mashPaths.signOffList()} />
      <FormErrorSummary form={answers} />
      <span className="govuk-caption-l">{t("mash.decision.caption", { reference })}</span>
      <h1 className="govuk-heading-l">{t("mash.signOff.title", { reference })}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">{t("mash.decision.heading")}</h2>
          <DecisionSummary decision={decision} outcomes={outcomes} />
          {view.contact.referrerLevel === null ? null : (
            <p className="govuk-inset-text">{t("mash.decision.referrerView", { level: view.contact.referrerLevel })}</p>
          )}
          <Form method="post" {...answers.formProps} noValidate>
            <Radios
              legend={t("mash.signOff.answer.legend")}
              {...answers.choice("result")}
              items={[
                { value: "approve", label: t("mash.signOff.answer.approve") },
                {
                  value: "return",
                  label: t("mash.signOff.answer.return"),
                  conditional: (
                    <Textarea
                      id="comment"
                      name="comment"
                      label={t("mash.signOff.comment.label")}
                      hint={t("mash.signOff.comment.hint")}
                      error={answers.error("comment")}
                      defaultValue={answers.value("comment")}
                    />
                  ),
                },
              ]}
            />
            <Button>{t("mash.signOff.submit")}</Button>
          </Form>
          <p className="govuk-body">
            <Link className="govuk-link" to={mashPaths.contact(reference)}>
              {t("mash.signOff.fullContact")}
            </Link>
          </p>
        </div>
      </div>
      <h2 className="govuk-heading-l">{t("mash.checks.heading")}</h2>
      <ChecksTable checks={view.checks} />
      <ContactDetails view={view} />
    </>
  );
}
