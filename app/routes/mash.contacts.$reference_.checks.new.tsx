import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { informationCheckAgencies } from "~/domain/mash/agencies";
import { lawfulBases } from "~/domain/mash/information-sharing";
import { checkRequestSchema } from "~/forms/mash/information-check";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { checkRequestPage, requestInformationCheck } from "~/services/mash-checks.server";
import { errorReply, refusalReply } from "~/forms/reply.server";

export const handle = { titleKey: "mash.checkRequest.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.checkRequest.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const found = await checkRequestPage(reference);
  if (!found) throw new Response("Not found", { status: 404 });
  return { reference, ...found };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const reference = params.reference ?? "";
  const found = await checkRequestPage(reference);
  if (!found) throw new Response("Not found", { status: 404 });
  const schema = checkRequestSchema(found.managers.map((manager) => manager.id));
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await requestInformationCheck(auditActor(context, user), user, reference, submission.value);
  if (outcome.ok) throw redirect(`${mashPaths.contact(reference, "checkRequested")}#checks`);
  return refusalReply(submission, outcome);
}

export default function RequestInformationCheck() {
  const t = useT();
  const { reference, dueAt, familyAware, managers } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-contacts-reference-checks-new",
    lastResult,
    titleKey: "mash.checkRequest.title",
    fieldOrder: ["agency", "question", "lawfulBasis", "familyInformed", "familyNotInformedReason", "authorisedBy"],
    formErrorField: "agency",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{t("mash.decision.caption", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.checkRequest.title")}</h1>
        <Form method="post" {...form.formProps} noValidate>
          <Radios
            legend={t("mash.checkRequest.agency.legend")}
            {...form.choice("agency")}
            items={informationCheckAgencies.map((agency) => ({ value: agency, label: t(`mash.agency.${agency}`) }))}
          />
          <Textarea
            label={t("mash.checkRequest.question.label")}
            labelSize="m"
            hint={t("mash.checkRequest.question.hint", { time: formatDateTime(new Date(dueAt)) })}
            {...form.field("question")}
            maxLength={2000}
          />
          <Radios
            legend={t("mash.checkRequest.lawfulBasis.legend")}
            hint={t("mash.checkRequest.lawfulBasis.hint")}
            {...form.choice("lawfulBasis")}
            items={lawfulBases.map((basis) => ({ value: basis, label: t(`mash.lawfulBasis.${basis}`) }))}
          />
          <Radios
            legend={t("mash.checkRequest.familyInformed.legend")}
            hint={t(`mash.checkRequest.familyInformed.referrerSaid.${familyAware}`)}
            {...form.choice("familyInformed")}
            items={[
              { value: "yes", label: t("common.yes") },
              {
                value: "no",
                label: t("common.no"),
                conditional: (
                  <>
                    <Textarea
                      label={t("mash.checkRequest.familyNotInformedReason.label")}
                      {...form.field("familyNotInformedReason")}
                      maxLength={2000}
                      rows={3}
                    />
                    <Radios
                      legend={t("mash.checkRequest.authorisedBy.legend")}
                      legendSize="s"
                      {...form.choice("authorisedBy")}
                      items={managers.map((manager) => ({ value: manager.id, label: manager.name }))}
                    />
                  </>
                ),
              },
            ]}
          />
          <Button>{t("mash.checkRequest.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
