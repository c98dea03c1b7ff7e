import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { SummaryList } from "~/components/govuk/summary-list";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { TimeLeftTag } from "~/components/mash/tags";
import { formatNhsNumber } from "~/domain/contact/nhs-number";
import { checkAnswerSchema } from "~/forms/mash/information-check";
import { formatDate, formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { answerInformationCheck, checkToAnswer } from "~/services/mash-agency-checks.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.answerCheck.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.answerCheck.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.answerChecks", { context });
  const found = await checkToAnswer(auditActor(context, user), user, params.checkId ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.answerChecks", { context });
  const submission = parseWithZod(await request.formData(), { schema: checkAnswerSchema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await answerInformationCheck(
    auditActor(context, user),
    user,
    params.checkId ?? "",
    submission.value.answer,
  );
  if (outcome.ok) throw redirect(mashPaths.checks("checkAnswered"));
  return refusalReply(submission, outcome);
}

export default function AnswerCheck() {
  const t = useT();
  const { check, reference, children, adults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-checks-checkId",
    lastResult,
    titleKey: "mash.answerCheck.title",
    fieldOrder: ["answer"],
    formErrorField: "answer",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.checks()} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("mash.answerCheck.caption", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.answerCheck.title")}</h1>
        <SummaryList
          rows={[
            { key: t("mash.answerCheck.question"), value: <span className="app-multiline">{check.question}</span> },
            {
              key: t("mash.checks.due"),
              value: (
                <>
                  {formatDateTime(new Date(check.dueAt))}{" "}
                  {check.timeLeft ? <TimeLeftTag timeLeft={check.timeLeft} /> : null}
                </>
              ),
            },
            {
              key: t("mash.agencyChecks.column.asked"),
              value: `${check.requestedByName}, ${formatDateTime(new Date(check.requestedAt))}`,
            },
            ...(check.sharing
              ? [
                  { key: t("mash.checks.lawfulBasis"), value: t(`mash.lawfulBasis.${check.sharing.lawfulBasis}`) },
                  {
                    key: t("mash.checks.familyInformed"),
                    value: check.sharing.familyInformed
                      ? t("mash.checks.familyInformed.yes")
                      : t("mash.checks.familyInformed.no", { name: check.sharing.authorisedByName ?? "" }),
                  },
                ]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">{t("mash.answerCheck.family")}</h2>
        <h3 className="govuk-heading-s">{t("mash.answerCheck.children")}</h3>
        <ul className="govuk-list">
          {children.map((child, index) => (
            <li key={index}>
              <strong>{displayName(child)}</strong>
              {child.dateOfBirth ? `, ${formatDate(child.dateOfBirth)}` : ""}
              {child.dueDate ? `, ${t("mash.child.unborn", { date: formatDate(child.dueDate) })}` : ""}
              {child.nhsNumber ? `, ${formatNhsNumber(child.nhsNumber)}` : ""}
              <br />
              {[child.address.line1, child.address.line2, child.address.town, child.address.postcode]
                .filter(Boolean)
                .join(", ")}
            </li>
          ))}
        </ul>
        {adults.length > 0 ? (
          <>
            <h3 className="govuk-heading-s">{t("mash.answerCheck.adults")}</h3>
            <ul className="govuk-list">
              {adults.map((adult, index) => (
                <li key={index}>
                  <strong>{[adult.firstName, adult.lastName].filter(Boolean).join(" ")}</strong>, {adult.relationship}
                  {adult.dateOfBirth ? `, ${formatDate(adult.dateOfBirth)}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {check.answeredAt ? (
          <>
            <p className="govuk-inset-text">
              {t("mash.answerCheck.alreadyAnswered", {
                name: check.answeredByName ?? "",
                time: formatDateTime(new Date(check.answeredAt)),
              })}
            </p>
            <p className="govuk-body app-multiline">{check.answer}</p>
          </>
        ) : (
          <Form method="post" {...form.formProps} noValidate>
            <Textarea
              label={t("mash.answerCheck.answer.label")}
              labelSize="m"
              hint={t("mash.answerCheck.answer.hint")}
              {...form.field("answer")}
              maxLength={5000}
              rows={8}
            />
            <Button>{t("mash.answerCheck.submit")}</Button>
          </Form>
        )}
      </div>
    </div>
  );
}
