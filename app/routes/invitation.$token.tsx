import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { passwordProblem } from "~/auth/password-policy.server";
import { redirectWithSession } from "~/auth/responses.server";
import { clientOf } from "~/auth/sign-in.server";
import { FormErrorSummary, useGovukForm } from "~/components/forms/govuk-form";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/govuk/button";
import { config } from "~/config.server";
import { newPasswordSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { acceptInvitation, findInvitation } from "~/services/accounts.server";
import { errorReply } from "~/forms/reply.server";

export const handle = { titleKey: "auth.invitation.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  return { invitation: await findInvitation(params.token ?? ""), hours: config().INVITATION_EXPIRY_HOURS };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data?.invitation ? "auth.invitation.title" : "auth.invitation.invalid.title") },
];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: newPasswordSchema });
  if (submission.status !== "success") return errorReply(submission, { hideFields: ["password", "confirmPassword"] });
  const problem = passwordProblem(submission.value.password);
  if (problem)
    return errorReply(submission, {
      fieldErrors: { password: [problem] },
      hideFields: ["password", "confirmPassword"],
    });
  const accepted = await acceptInvitation(clientOf(request, context), params.token ?? "", submission.value.password);
  if (!accepted) throw redirect(`/invitation/${params.token}`);
  return redirectWithSession(accepted.stage === "signed_in" ? "/home" : "/sign-in/set-up-two-factor", accepted.token);
}

export default function Invitation() {
  const t = useT();
  const { invitation, hours } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const form = useGovukForm({
    id: "invitation-token",
    lastResult,
    titleKey: "auth.invitation.title",
    fieldOrder: ["password", "confirmPassword"],
  });
  if (!invitation) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{t("auth.invitation.invalid.title")}</h1>
          <p className="govuk-body">{t("auth.invitation.invalid.body", { hours })}</p>
          <p className="govuk-body">
            <Link className="govuk-link" to="/sign-in">
              {t("auth.invitation.usedSignIn")}
            </Link>
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("auth.invitation.title")}</h1>
        <p className="govuk-body">
          {t("auth.invitation.intro", {
            role: t(`role.${invitation.role}`),
            organisation: invitation.organisationName,
          })}
        </p>
        <p className="govuk-body">{t("auth.invitation.email", { email: invitation.email })}</p>
        <Form method="post" {...form.formProps} noValidate>
          <NewPasswordFields key={form.replyKey} form={form} />
          <Button>{t("auth.invitation.submit")}</Button>
        </Form>
      </div>
    </div>
  );
}
