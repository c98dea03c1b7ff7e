import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Radios } from "~/components/govuk/choices";
import { assignSchema } from "~/forms/mash/assign";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { assignContact, assignmentOptions } from "~/services/mash-workflow.server";
import { errorReply } from "~/forms/reply.server";

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
  if (submission.status !== "success") return errorReply(submission);
  const outcome = await assignContact(auditActor(context, user), reference, submission.value.screenerId);
  if (outcome.ok) throw redirect(mashPaths.contact(reference, "assigned"));
  if (outcome.error === "notFound") throw new Response("Not found", { status: 404 });
  return data(submission.reply({ fieldErrors: { screenerId: [outcome.error] } }), { status: 409 });
}

export default function AssignContact() {
  const t = useT();
  const { reference, screeners, current } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "mash-contacts-reference-assign",
    lastResult,
    titleKey: "mash.assign.pageTitle",
    fieldOrder: ["screenerId"],
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <FormErrorSummary form={form} />
        <Form method="post" {...form.formProps} noValidate>
          <Radios
            legend={t("mash.assign.title", { reference })}
            isPageHeading
            hint={current ? t("mash.assign.current", { name: current.name }) : undefined}
            {...form.field("screenerId")}
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
