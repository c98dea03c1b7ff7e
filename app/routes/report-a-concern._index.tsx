import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { WarningText } from "~/components/govuk/warning-text";
import { council } from "~/council";
import { individualRelationships } from "~/domain/contact/channels";
import {
  honeypotField,
  publicConcernFieldOrder,
  publicConcernLimits,
  publicConcernSchema,
} from "~/forms/public-concern";
import { pageTitle } from "~/i18n/page-title";
import { paths } from "~/paths";
import { useT } from "~/i18n/use-t";
import { auditActor } from "~/services/audit.server";
import { submitPublicConcern } from "~/services/public-concerns.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "publicConcern.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("publicConcern.title") }];

/** Open to anyone, signed in or not: nothing here reads what anyone has sent. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: publicConcernSchema });
  if (submission.status !== "success") return errorReply(submission);
  const honeypot = formData.get(honeypotField);
  const result = await submitPublicConcern(auditActor(context, null), submission.value, {
    honeypot: typeof honeypot === "string" ? honeypot : undefined,
  });
  switch (result.outcome) {
    case "sent":
      throw redirect(paths.publicConcernSent(result.reference));
    case "ignored":
      throw redirect(paths.publicConcernSent());
    case "tooMany":
      return data(submission.reply({ formErrors: ["publicConcern.error.tooMany"] }), { status: 429 });
  }
}

export default function ReportAConcern() {
  const t = useT();
  const form = useGovukForm({
    id: "report-a-concern",
    schema: publicConcernSchema,
    lastResult: useActionData<typeof action>(),
    fieldOrder: publicConcernFieldOrder,
    titleKey: "publicConcern.title",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("publicConcern.title")}</h1>
        <h2 className="govuk-heading-m">{t("publicConcern.danger.heading")}</h2>
        <WarningText assistiveText={t("mash.warning")}>{t("publicConcern.danger.call999")}</WarningText>
        <p className="govuk-body">
          {t("publicConcern.danger.callMash", { phone: council.mashPhone, outOfHours: council.mashOutOfHoursPhone })}
        </p>
        <p className="govuk-body">{t("publicConcern.intro", { council: council.name })}</p>
        <GovukFormLayout form={form} submitText={t("publicConcern.submit")}>
          <h2 className="govuk-heading-m">{t("publicConcern.child.heading")}</h2>
          <p className="govuk-hint">{t("publicConcern.child.hint")}</p>
          <Input
            label={t("publicConcern.child.firstName.label")}
            {...form.field("childFirstName")}
            width="20"
            spellCheck={false}
          />
          <Input
            label={t("publicConcern.child.lastName.label")}
            {...form.field("childLastName")}
            width="20"
            spellCheck={false}
          />
          <Input
            label={t("publicConcern.child.age.label")}
            hint={t("publicConcern.child.age.hint")}
            {...form.field("childAge")}
            width="20"
          />
          <Textarea
            label={t("publicConcern.child.whereTheyLive.label")}
            hint={t("publicConcern.child.whereTheyLive.hint")}
            {...form.field("whereTheyLive")}
            rows={3}
          />
          <Input
            label={t("publicConcern.child.postcode.label")}
            {...form.field("postcode")}
            width="10"
            autoComplete="off"
          />
          <Input label={t("publicConcern.child.school.label")} {...form.field("school")} />
          <Textarea
            label={t("publicConcern.worry.label")}
            labelSize="m"
            hint={t("publicConcern.worry.hint")}
            {...form.field("worry")}
            maxLength={publicConcernLimits.worry}
            rows={8}
          />
          <Radios
            legend={t("publicConcern.reporter.legend")}
            hint={t("publicConcern.reporter.hint")}
            {...form.choice("reporter")}
            items={[
              {
                value: "named",
                label: t("publicConcern.reporter.named"),
                conditional: (
                  <>
                    <Input
                      label={t("publicConcern.reporter.name.label")}
                      {...form.field("reporterName")}
                      autoComplete="name"
                      spellCheck={false}
                    />
                    <Radios
                      legend={t("publicConcern.reporter.relationship.legend")}
                      legendSize="s"
                      {...form.choice("relationship")}
                      items={individualRelationships.map((relationship) => ({
                        value: relationship,
                        label: t(`publicConcern.reporter.relationship.${relationship}`),
                      }))}
                    />
                    <Input
                      type="tel"
                      label={t("publicConcern.reporter.phone.label")}
                      {...form.field("phone")}
                      autoComplete="tel"
                      width="20"
                    />
                    <Input
                      type="email"
                      label={t("publicConcern.reporter.email.label")}
                      {...form.field("email")}
                      autoComplete="email"
                      spellCheck={false}
                    />
                  </>
                ),
              },
              { value: "anonymous", label: t("publicConcern.reporter.anonymous") },
            ]}
          />
          <div className="app-honeypot" aria-hidden="true">
            <label htmlFor={honeypotField}>{t("publicConcern.honeypot.label")}</label>
            <input id={honeypotField} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
          </div>
        </GovukFormLayout>
      </div>
    </div>
  );
}
