import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Checkboxes } from "~/components/govuk/choices";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { emailChoices, saveEmailChoices } from "~/services/account.server";
import { auditActor } from "~/services/audit.server";

export const meta: MetaFunction = () => [{ title: pageTitle("notifications.preferences.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  return { choices: await emailChoices(user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const form = await request.formData();
  const wanted = form.getAll("template").map(String);
  await saveEmailChoices(auditActor(context, user), user, wanted);
  throw redirect("/account/notifications?saved=1");
}

export default function NotificationPreferences() {
  const t = useT();
  const { choices } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account" />
        {searchParams.get("saved") ? (
          <NotificationBanner type="success" heading={t("notifications.preferences.saved")} />
        ) : null}
        <h1 className="govuk-heading-l">{t("notifications.preferences.title")}</h1>
        <p className="govuk-body">{t("notifications.preferences.lead")}</p>
        {choices.length === 0 ? (
          <p className="govuk-body">{t("notifications.preferences.none")}</p>
        ) : (
          <Form method="post" noValidate>
            <Checkboxes
              id="template"
              name="template"
              legend={t("notifications.preferences.legend")}
              hint={t("notifications.preferences.hint")}
              items={choices.map((choice) => ({
                value: choice.template,
                label: t(`notifications.preferences.template.${choice.template}` as MessageKey),
              }))}
              selected={choices.filter((choice) => choice.enabled).map((choice) => choice.template)}
            />
            <Button>{t("notifications.preferences.save")}</Button>
          </Form>
        )}
        <h2 className="govuk-heading-m">{t("notifications.preferences.security.heading")}</h2>
        <p className="govuk-body">{t("notifications.preferences.security.body")}</p>
      </div>
    </div>
  );
}
