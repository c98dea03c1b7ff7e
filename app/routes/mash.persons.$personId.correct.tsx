import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { Textarea } from "~/components/govuk/textarea";
import { displayName } from "~/components/mash/names";
import { isoDateToParts } from "~/forms/date-input";
import { correctPersonSchema } from "~/forms/mash/person";
import { errorReply, refusalReply } from "~/forms/reply.server";
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
  if (submission.status !== "success") return errorReply(submission);
  const { reason, ...details } = submission.value;
  const outcome = await correctPerson(auditActor(context, user), user, personId, {
    firstName: details.firstName ?? null,
    lastName: details.lastName,
    dateOfBirth: details.dateOfBirth ?? null,
    nhsNumber: details.nhsNumber ?? null,
    reason,
  });
  if (outcome.ok) throw redirect(mashPaths.person(personId, "personCorrected"));
  return refusalReply(submission, outcome);
}

/** The name, date of birth and NHS number, put right with a reason. */
export default function CorrectPerson() {
  const t = useT();
  const { person } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "mash-persons-correct",
    lastResult: useActionData<typeof action>(),
    defaultValue: {
      firstName: person.firstName ?? "",
      lastName: person.lastName,
      dateOfBirth: person.dateOfBirth ? isoDateToParts(person.dateOfBirth) : undefined,
      nhsNumber: person.nhsNumber ?? "",
    },
    titleKey: "mash.person.correct.title",
    fieldOrder: ["firstName", "lastName", "dateOfBirth", "nhsNumber", "reason"],
    formErrorField: "firstName",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.person(person.id)} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{displayName(person)}</span>
        <h1 className="govuk-heading-l">{t("mash.person.correct.title")}</h1>
        <p className="govuk-body">{t("mash.person.correct.intro")}</p>
        <Form method="post" {...form.formProps} noValidate>
          <Input
            label={t("mash.person.correct.firstName")}
            autoComplete="off"
            spellCheck={false}
            {...form.field("firstName")}
          />
          <Input
            label={t("mash.person.correct.lastName")}
            autoComplete="off"
            spellCheck={false}
            {...form.field("lastName")}
          />
          <DateInput
            legend={t("mash.person.correct.dateOfBirth")}
            hint={t("mash.person.correct.dateOfBirth.hint")}
            {...form.date("dateOfBirth")}
          />
          <Input
            label={t("mash.person.correct.nhsNumber")}
            inputMode="numeric"
            width="10"
            autoComplete="off"
            spellCheck={false}
            {...form.field("nhsNumber")}
          />
          <Textarea
            label={t("mash.person.correct.reason")}
            labelSize="m"
            hint={t("mash.person.correct.reason.hint")}
            maxLength={2000}
            rows={3}
            {...form.field("reason")}
          />
          <Button>{t("mash.person.correct.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
