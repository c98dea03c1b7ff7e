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
import { Radios } from "~/components/govuk/choices";
import { ErrorSummary } from "~/components/govuk/error-summary";
import { assignSchema } from "~/forms/mash/assign";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { assignContact, assignmentOptions } from "~/services/mash-workflow.server";

export const handle = { titleKey: "mash.assign.pageTitle" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.assign.pageTitle") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requirePermission(request, "mash.assign", { context });
  const options = await assignmentOptions(params.reference ?? "");
  if (!options) throw new Response("Not found", { status: 404 });
  return options;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "mash.assign", { context });
  const reference = params.reference ?? "";
  const submission = parseWithZod(await request.formData(), { schema: assignSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const outcome = await assignContact(auditActor(context, user), reference, submission.value.screenerId);
  if (outcome.ok) throw redirect(mashPaths.contact(reference, "assigned"));
  if (outcome.error === "notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ fieldErrors: { screenerId: [outcome.error] } }), { status: 409 });
}

export default function AssignContact() {
  const t = useT();
  const { reference, screeners, current } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof assignSchema>>({ lastResult });
  const errors = formErrors(t, fields, ["screenerId"] as const);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <ErrorSummary errors={errors.summary} />
        <Form method="post" id={form.id} noValidate>
          <Radios
            id="screenerId"
            name="screenerId"
            legend={t("mash.assign.title", { reference })}
            isPageHeading
            hint={current ? t("mash.assign.current", { name: current.name }) : undefined}
            error={errors.field.screenerId}
            selected={current?.id}
            items={screeners.map((screener) => ({
              value: screener.id,
              label: screener.name,
              hint: screener.jobTitle ?? undefined,
            }))}
          />
          <Button>{t("mash.assign.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
