import { useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/authorise.server";
import { formErrors } from "~/components/auth/form-errors";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { DateInput } from "~/components/govuk/date-input";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { isoDateToParts } from "~/forms/date-input";
import { correctPersonSchema } from "~/forms/mash/person";
import { translateError } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { correctPerson, personRecord } from "~/services/person-records.server";

export const handle = { titleKey: "mash.person.correct.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.person.correct.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const record = await personRecord(auditActor(context, user), params.personId ?? "");
  if (!record || record.mergedInto) throw new Response("Not found", { status: 404 });
  return { person: record.person };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const personId = params.personId ?? "";
  const submission = parseWithZod(await request.formData(), { schema: correctPersonSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { reason, ...details } = submission.value;
  const outcome = await correctPerson(auditActor(context, user), user, personId, {
    firstName: details.firstName ?? null,
    lastName: details.lastName,
    dateOfBirth: details.dateOfBirth ?? null,
    nhsNumber: details.nhsNumber ?? null,
    reason,
  });
  if (outcome.ok) throw redirect(mashPaths.person(personId, "personCorrected"));
  if (outcome.error === "notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ formErrors: [outcome.error] }), { status: 409 });
}

/** The name, date of birth and NHS number, put right with a reason. */
export default function CorrectPerson() {
  const t = useT();
  const { person } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof correctPersonSchema>>({ lastResult });
  const errors = formErrors(t, fields, ["firstName", "lastName", "dateOfBirth", "nhsNumber", "reason"] as const);
  const refusals = (form.errors ?? []).map((message) => ({ fieldId: "firstName", text: translateError(t, message) }));
  const typed = (name: string) => {
    const value = lastResult?.initialValue?.[name];
    return typeof value === "string" ? value : undefined;
  };
  const typedDate = lastResult?.initialValue?.dateOfBirth as
    { day?: string; month?: string; year?: string } | undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.person(person.id)} />
        <ErrorSummary errors={[...refusals, ...errors.summary]} />
        <span className="govuk-caption-l">{displayName(person)}</span>
        <h1 className="govuk-heading-l">{t("mash.person.correct.title")}</h1>
        <p className="govuk-body">{t("mash.person.correct.intro")}</p>
        <Form method="post" id={form.id} noValidate>
          <Input
            id="firstName"
            name="firstName"
            label={t("mash.person.correct.firstName")}
            error={errors.field.firstName}
            defaultValue={lastResult ? typed("firstName") : (person.firstName ?? "")}
            autoComplete="off"
            spellCheck={false}
          />
          <Input
            id="lastName"
            name="lastName"
            label={t("mash.person.correct.lastName")}
            error={errors.field.lastName}
            defaultValue={lastResult ? typed("lastName") : person.lastName}
            autoComplete="off"
            spellCheck={false}
          />
          <DateInput
            id="dateOfBirth"
            name="dateOfBirth"
            legend={t("mash.person.correct.dateOfBirth")}
            hint={t("mash.person.correct.dateOfBirth.hint")}
            error={errors.field.dateOfBirth}
            defaultValue={lastResult ? typedDate : person.dateOfBirth ? isoDateToParts(person.dateOfBirth) : undefined}
          />
          <Input
            id="nhsNumber"
            name="nhsNumber"
            label={t("mash.person.correct.nhsNumber")}
            error={errors.field.nhsNumber}
            defaultValue={lastResult ? typed("nhsNumber") : (person.nhsNumber ?? "")}
            inputMode="numeric"
            width="10"
            autoComplete="off"
            spellCheck={false}
          />
          <Textarea
            id="reason"
            name="reason"
            label={t("mash.person.correct.reason")}
            labelSize="m"
            hint={t("mash.person.correct.reason.hint")}
            error={errors.field.reason}
            defaultValue={typed("reason")}
            maxLength={2000}
            rows={3}
          />
          <Button>{t("mash.person.correct.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
