import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { can } from "~/auth/permissions";
import { childName } from "~/components/contact/answers-summary";
import { StartButton } from "~/components/govuk/button";
import { Pagination } from "~/components/govuk/pagination";
import { Table } from "~/components/govuk/table";
import { Tag } from "~/components/govuk/tag";
import { WarningText } from "~/components/govuk/warning-text";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { pageRequest } from "~/lists/pages";
import { paths } from "~/paths";
import type { ListedChild } from "~/services/contact-drafts.server";
import { contactsPage } from "~/services/contacts.server";

export const meta: MetaFunction = () => [{ title: pageTitle("contacts.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contact.viewOwnOrganisation", { context });
  const listPage = pageRequest(request.url);
  const { drafts, contacts } = await contactsPage(user, listPage);
  const from = (contacts.page - 1) * listPage.pageSize + 1;
  return {
    organisation: user.organisationName,
    canCreate: can(user, "contact.create"),
    drafts: drafts.map((draft) => ({
      href: paths.draft(draft.id),
      id: draft.id,
      children: draft.children,
      updated: formatDate(draft.updatedAt),
      deletedOn: formatDate(draft.expiresAt),
      expiring: draft.expiring,
    })),
    page: contacts.page,
    pageCount: contacts.pageCount,
    showing: {
      from: from.toLocaleString("en-GB"),
      to: (from + contacts.items.length - 1).toLocaleString("en-GB"),
      total: contacts.total.toLocaleString("en-GB"),
      more: contacts.more,
    },
    contacts: contacts.items.map((contact) => ({
      reference: contact.reference,
      href: paths.contact(contact.reference),
      children: contact.children.map((child) => ({
        firstName: child.firstName,
        lastName: child.lastName,
        unborn: child.dueDate !== null,
      })),
      submitted: formatDate(contact.submittedAt),
      status: contact.status,
    })),
  };
}

/** The referrer's own drafts, and what their organisation has submitted and where each contact is. */
export default function Contacts() {
  const t = useT();
  const { organisation, canCreate, drafts, contacts, page, pageCount, showing } = useLoaderData<typeof loader>();
  const names = (children: ListedChild[]) =>
    children.length
      ? children
          .map((child) =>
            childName(t, {
              isUnborn: child.unborn ? "yes" : "no",
              firstName: child.firstName ?? undefined,
              lastName: child.lastName,
            }),
          )
          .join(", ")
      : t("contacts.drafts.noChildren");
  return (
    <>
      <h1 className="govuk-heading-l">{t("contacts.title")}</h1>
      {canCreate ? <StartButton to={paths.newContact()}>{t("contacts.start")}</StartButton> : null}

      <h2 className="govuk-heading-m">{t("contacts.drafts.heading")}</h2>
      {drafts.some((draft) => draft.expiring) ? (
        <WarningText assistiveText={t("contactJourney.warning")}>{t("contacts.drafts.expiringWarning")}</WarningText>
      ) : null}
      {drafts.length === 0 ? (
        <p className="govuk-body">{t("contacts.drafts.none")}</p>
      ) : (
        <>
          <p className="govuk-body">{t("contacts.drafts.retention")}</p>
          <Table
            rows={drafts}
            rowKey={(draft) => draft.id}
            columns={[
              { header: t("contacts.drafts.children"), cell: (draft) => names(draft.children) },
              { header: t("contacts.drafts.updated"), cell: (draft) => draft.updated },
              {
                header: t("contacts.drafts.deletedOn"),
                cell: (draft) => (
                  <>
                    {draft.deletedOn}
                    {draft.expiring ? (
                      <>
                        {" "}
                        <Tag colour="red">{t("contacts.drafts.expiring")}</Tag>
                      </>
                    ) : null}
                  </>
                ),
              },
              {
                header: <span className="govuk-visually-hidden">{t("contacts.drafts.continue")}</span>,
                cell: (draft) => (
                  <Link className="govuk-link" to={draft.href}>
                    {t("contacts.drafts.continue")}
                    <span className="govuk-visually-hidden">
                      {" "}
                      {t("contacts.drafts.continueDraft", { date: draft.updated })}
                    </span>
                  </Link>
                ),
              },
            ]}
          />
        </>
      )}

      <h2 className="govuk-heading-m">{t("contacts.submitted.heading", { organisation })}</h2>
      {contacts.length === 0 ? (
        <p className="govuk-body">{t("contacts.submitted.none")}</p>
      ) : (
        <>
          <p className="govuk-body" id="contacts-count">
            {t(showing.more ? "pagination.showingMoreThan" : "pagination.showing", {
              from: showing.from,
              to: showing.to,
              total: showing.total,
            })}
          </p>
          <Table
            rows={contacts}
            rowKey={(contact) => contact.reference}
            columns={[
              {
                header: t("contacts.submitted.reference"),
                cell: (contact) => (
                  <Link className="govuk-link" to={contact.href}>
                    {contact.reference}
                  </Link>
                ),
              },
              { header: t("contacts.submitted.children"), cell: (contact) => names(contact.children) },
              { header: t("contacts.submitted.submitted"), cell: (contact) => contact.submitted },
              {
                header: t("contacts.submitted.status"),
                cell: (contact) => <Tag colour="blue">{t(`contacts.status.${contact.status}`)}</Tag>,
              },
            ]}
          />
          <Pagination page={page} pageCount={pageCount} />
        </>
      )}
    </>
  );
}
