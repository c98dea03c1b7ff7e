import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { config } from "~/config.server";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { latestDevMail } from "~/services/dev-mail.server";

export const meta: MetaFunction = () => [{ title: pageTitle("devMail.title") }];

/** Emails the development mailer kept. Admins only, and never in production, where the page does not exist. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  if (config().NODE_ENV === "production") throw new Response("Not found", { status: 404 });
  await requirePermission(request, "admin.users", { context });
  return { messages: await latestDevMail() };
}

export default function DevMail() {
  const t = useT();
  const { messages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="govuk-heading-l">{t("devMail.title")}</h1>
      <p className="govuk-body">{t("devMail.intro")}</p>
      {messages.length === 0 ? <p className="govuk-body">{t("devMail.none")}</p> : null}
      {messages.map((message) => (
        <div key={message.id} className="govuk-summary-card" data-testid="dev-mail">
          <div className="govuk-summary-card__title-wrapper">
            <h2 className="govuk-summary-card__title">{message.subject}</h2>
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body-s">
              {t("devMail.to")}: {message.to} · {t("devMail.sent", { time: formatDateTime(new Date(message.sentAt)) })}
            </p>
            <pre className="govuk-body app-mail-body">{message.body}</pre>
          </div>
        </div>
      ))}
    </>
  );
}
