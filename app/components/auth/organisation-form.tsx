import { useForm, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Input } from "~/components/govuk/input";
import { organisationTypes } from "~/domain/organisations";
import type { organisationSchema } from "~/forms/auth/admin";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { formErrors } from "./form-errors";

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
  const [form, fields] = useForm<OrganisationFields>({ lastResult, defaultValue: saved });
  const errors = formErrors(t, fields, ["name", "type", "phone", "email"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations" />
        <ErrorSummary errors={errors.summary} />
        <h1 className="govuk-heading-l">{t(titleKey)}</h1>
        <Form method="post" id={form.id} noValidate>
          <Input
            id="name"
            name="name"
            label={t("admin.organisation.name.label")}
            error={errors.field.name}
            defaultValue={fields.name.initialValue}
          />
          <Radios
            id="type"
            name="type"
            legend={t("admin.organisation.type.legend")}
            legendSize="s"
            hint={t("admin.organisation.type.hint")}
            error={errors.field.type}
            selected={fields.type.initialValue}
            items={organisationTypes.map((type) => ({ value: type, label: t(`organisationType.${type}`) }))}
          />
          <Input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            width="20"
            label={t("admin.organisation.phone.label")}
            error={errors.field.phone}
            defaultValue={fields.phone.initialValue}
          />
          <Input
            id="email"
            name="email"
            type="email"
            spellCheck={false}
            label={t("admin.organisation.email.label")}
            error={errors.field.email}
            defaultValue={fields.email.initialValue}
          />
          <Button>{t("admin.organisation.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
