import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { BackLink } from "~/components/govuk/back-link";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { PersonRows } from "~/components/mash/child-screening";
import { displayName } from "~/components/mash/names";
import { planStatusLabels, type PlanStatus } from "~/domain/early-help/plan-status";
import { formatDate } from "~/domain/date-format";
import type { MessageKey } from "~/i18n/messages";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths, readNotice } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { personRecord } from "~/services/person-records.server";

export const handle = { titleKey: "mash.person.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.person.title") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const record = await personRecord(auditActor(context, user), params.personId ?? "");
  if (!record) throw new Response("Not found", { status: 404 });
  return { ...record, notice: readNotice(request.url) ?? null };
}

/** A person record: correct it, merge a duplicate into it, or undo a merge. */
export default function PersonRecord() {
  const t = useT();
  const { person, mergedInto, contacts, plans, merges, possibleDuplicates, notice } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.queue()}>{t("mash.contact.backToQueue")}</BackLink>
        {notice ? <NotificationBanner type="success" heading={t(`mash.notice.${notice}` as MessageKey)} /> : null}
        <span className="govuk-caption-l">{t("mash.person.caption")}</span>
        <h1 className="govuk-heading-l">{displayName(person)}</h1>
        {mergedInto ? (
          <div className="govuk-inset-text">
            <p className="govuk-body">
              {t("mash.person.mergedInto", {
                name: displayName(mergedInto.other),
                date: formatDate(new Date(mergedInto.mergedAt)),
              })}
            </p>
            <Link className="govuk-link" to={mashPaths.person(mergedInto.other.id)}>
              {t("mash.person.mergedIntoLink")}
            </Link>
          </div>
        ) : null}

        <h2 className="govuk-heading-m">{t("mash.person.details")}</h2>
        <PersonRows person={person} />
        {mergedInto ? null : (
          <p className="govuk-body">
            <Link className="govuk-link" to={mashPaths.correctPerson(person.id)}>
              {t("mash.person.correct")}
            </Link>
          </p>
        )}

        <h2 className="govuk-heading-m">{t("mash.person.contacts")}</h2>
        {contacts.length === 0 ? (
          <p className="govuk-body">{t("mash.person.contacts.none")}</p>
        ) : (
          <ul className="govuk-list">
            {contacts.map((contact) => (
              <li key={contact.reference}>
                <Link className="govuk-link" to={mashPaths.contact(contact.reference)}>
                  {contact.reference}
                </Link>
                , {formatDate(new Date(contact.receivedAt))}
              </li>
            ))}
          </ul>
        )}
        <h2 className="govuk-heading-m">{t("mash.person.plans")}</h2>
        {plans.length === 0 ? (
          <p className="govuk-body">{t("mash.person.plans.none")}</p>
        ) : (
          <ul className="govuk-list">
            {plans.map((plan) => (
              <li key={plan.reference}>
                {plan.reference} ({t(planStatusLabels[plan.status as PlanStatus] ?? "earlyHelp.status.active")})
              </li>
            ))}
          </ul>
        )}

        <h2 className="govuk-heading-m">{t("mash.person.merges")}</h2>
        {merges.length === 0 ? (
          <p className="govuk-body">{t("mash.person.merges.none")}</p>
        ) : (
          <ul className="govuk-list govuk-list--spaced">
            {merges.map((merge) => (
              <li key={merge.id}>
                {t("mash.person.merges.entry", {
                  name: displayName(merge.other),
                  by: merge.mergedByName,
                  date: formatDate(new Date(merge.mergedAt)),
                  contacts: merge.moved.contacts,
                  plans: merge.moved.plans,
                  referrals: merge.moved.referrals,
                })}{" "}
                <span className="app-multiline">{merge.reason}</span>
                <br />
                {merge.unmerged ? (
                  t("mash.person.merges.undone", {
                    by: merge.unmerged.byName,
                    date: formatDate(new Date(merge.unmerged.at)),
                    reason: merge.unmerged.reason,
                  })
                ) : (
                  <Link className="govuk-link" to={mashPaths.undoMerge(person.id, merge.id)}>
                    {t("mash.person.merges.undo")}
                    <span className="govuk-visually-hidden"> ({displayName(merge.other)})</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}

        {mergedInto ? null : (
          <>
            <h2 className="govuk-heading-m">{t("mash.person.duplicates")}</h2>
            <p className="govuk-body">{t("mash.person.duplicates.hint")}</p>
            {possibleDuplicates.length === 0 ? (
              <p className="govuk-body">{t("mash.person.duplicates.none")}</p>
            ) : (
              <ul className="govuk-list govuk-list--spaced">
                {possibleDuplicates.map((candidate) => (
                  <li key={candidate.personId}>
                    <strong>{displayName(candidate.person)}</strong>
                    {candidate.person.dateOfBirth ? `, ${formatDate(candidate.person.dateOfBirth)}` : ""}
                    {candidate.person.postcode ? `, ${candidate.person.postcode}` : ""}
                    <br />
                    {candidate.reasons.map((reason) => t(`mash.match.reason.${reason}`)).join("; ")}
                    <br />
                    <Link className="govuk-link" to={mashPaths.mergePersons(person.id, candidate.personId)}>
                      {t("mash.person.duplicates.merge")}
                      <span className="govuk-visually-hidden">
                        {" "}
                        {t("mash.person.duplicates.mergeHidden", {
                          name: displayName(candidate.person),
                          dateOfBirth: candidate.person.dateOfBirth ? formatDate(candidate.person.dateOfBirth) : "",
                        })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
