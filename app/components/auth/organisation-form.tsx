import { type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { Input } from "~/components/govuk/input";
import { organisationTypes } from "~/domain/organisations";
import type { organisationSchema } from "~/forms/auth/admin";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { paths } from "~/paths";

type OrganisationFields = z.input<typeof organisationSchema>;

/** The one page for adding an organisation and for changing one. */
export function OrganisationForm({
  titleKey,
  lastResult,
  saved,
}: {
  titleKey: MessageKey;
  lastResult?: SubmissionResult<string[]>;
  saved?: Partial<OrganisationFields>;
}) {
  const t = useT();
  const form = useGovukForm({
    id: "organisation-form",
    lastResult,
    defaultValue: saved,
    titleKey,
    fieldOrder: ["name", "type", "phone", "email"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={paths.adminOrganisations()} />
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t(titleKey)}</h1>
        <Form method="post" {...form.formProps} noValidate>
          <Input label={t("admin.organisation.name.label")} {...form.field("name")} />
          <Radios
            legend={t("admin.organisation.type.legend")}
            legendSize="s"
            hint={t("admin.organisation.type.hint")}
            {...form.choice("type")}
            items={organisationTypes.map((type) => ({ value: type, label: t(`organisationType.${type}`) }))}
          />
          <Input
            type="tel"
            autoComplete="tel"
            width="20"
            label={t("admin.organisation.phone.label")}
            {...form.field("phone")}
          />
          <Input type="email" spellCheck={false} label={t("admin.organisation.email.label")} {...form.field("email")} />
          <Button>{t("admin.organisation.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
