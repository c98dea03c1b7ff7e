import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { Panel } from "~/components/govuk/panel";
import { council } from "~/council";
import { formatDateTime } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { auditActor } from "~/services/audit.server";
import { viewContact } from "~/services/contacts.server";

export const meta: MetaFunction = () => [{ title: pageTitle("contactConfirmation.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact.viewOwnOrganisation", { context });
  const result = await viewContact(auditActor(context, user), user, params.reference ?? "", "confirmation");
  if (result.outcome === "not-found") throw new Response("Not found", { status: 404 });
  const { contact } = result;
  return { reference: contact.reference, decisionDue: formatDateTime(contact.decisionDueAt), email: user.email };
}

export default function ContactConfirmation() {
  const t = useT();
  const { reference, decisionDue, email } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={t("contactConfirmation.title")}>
          {t("contactConfirmation.reference")}
          <br />
          <strong data-testid="contact-reference">{reference}</strong>
        </Panel>
        <p className="govuk-body">{t("contactConfirmation.email", { email })}</p>
        <h2 className="govuk-heading-m">{t("contactConfirmation.next.heading")}</h2>
        <p className="govuk-body">{t("contactConfirmation.next.decision", { due: decisionDue })}</p>
        <p className="govuk-body">{t("contactConfirmation.next.feedback")}</p>
        <div className="govuk-inset-text">{t("contactConfirmation.next.danger", { phone: council.mashPhone })}</div>
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={paths.contact(reference)}>
              {t("contactConfirmation.viewContact")}
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={paths.contacts()}>
              {t("contactConfirmation.contacts")}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
