import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { clientOf } from "~/auth/sign-in.server";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Table } from "~/components/govuk/table";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { endOtherSessions, endSession, listSessions } from "~/services/accounts.server";

export const meta: MetaFunction = () => [{ title: pageTitle("auth.sessions.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  return { sessions: await listSessions(user) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account.manage", { context });
  const form = await request.formData();
  const client = clientOf(request, context);
  if (form.get("intent") === "end-others") {
    await endOtherSessions(client, user);
    throw redirect("/account/sessions?ended=others");
  }
  await endSession(client, user, String(form.get("session") ?? ""));
  throw redirect("/account/sessions?ended=one");
}

const when = (value: string | Date) => formatDateTime(new Date(value));

export default function Sessions() {
  const t = useT();
  const { sessions } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const ended = searchParams.get("ended");
  const others = sessions.filter((session) => !session.current);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink to="/account" />
        {ended ? (
          <NotificationBanner
            type="success"
            heading={t(ended === "others" ? "auth.sessions.othersEnded" : "auth.sessions.ended")}
          />
        ) : null}
        <h1 className="govuk-heading-l">{t("auth.sessions.title")}</h1>
        <Table
          rows={sessions}
          rowKey={(session) => session.key}
          columns={[
            {
              header: t("auth.sessions.device"),
              cell: (session) => (
                <>
                  {session.userAgent ?? t("auth.sessions.unknownDevice")}
                  {session.current ? (
                    <>
                      {" "}
                      <strong className="govuk-tag govuk-tag--green">{t("auth.sessions.thisDevice")}</strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t("auth.sessions.ipAddress"), cell: (session) => session.ipAddress ?? "" },
            { header: t("auth.sessions.signedIn"), cell: (session) => when(session.createdAt) },
            { header: t("auth.sessions.lastActive"), cell: (session) => when(session.lastActiveAt) },
            {
              header: t("auth.sessions.actions"),
              cell: (session) =>
                session.current ? null : (
                  <Form method="post">
                    <input type="hidden" name="session" value={session.key} />
                    <Button variant="secondary" className="govuk-!-margin-bottom-0">
                      {t("auth.sessions.end")}
                      <span className="govuk-visually-hidden">
                        {" "}
                        {t("auth.sessions.endHidden", { time: when(session.createdAt) })}
                      </span>
                    </Button>
                  </Form>
                ),
            },
          ]}
        />
        {others.length > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="end-others" />
            <Button variant="warning">{t("auth.sessions.endOthers")}</Button>
          </Form>
        ) : (
          <p className="govuk-body">{t("auth.sessions.noOthers")}</p>
        )}
      </div>
    </div>
  );
}
