import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { BackLink } from "~/components/govuk/back-link";
import { Checkboxes } from "~/components/govuk/choices";
import { DateInput } from "~/components/govuk/date-input";
import { Input } from "~/components/govuk/input";
import { NotificationBanner } from "~/components/govuk/notification-banner";
import { Select } from "~/components/govuk/select";
import { Textarea } from "~/components/govuk/textarea";
import { todayInLondon, isoDateToParts } from "~/forms/date-input";
import { policeNotificationFieldOrder, policeNotificationSchema } from "~/forms/mash/police-notification";
import { errorReply } from "~/forms/reply.server";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { policeOrganisations, recordPoliceNotification } from "~/services/police-notifications.server";

export const handle = { titleKey: "mash.police.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("mash.police.title") }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, "contact.record", { context });
  const search = new URL(request.url).searchParams;
  const reference = search.get("recorded");
  const forces = await policeOrganisations();
  return {
    forces,
    recorded: reference && /^FD-\d{6,}$/.test(reference) ? { reference, linked: search.get("linked") === "yes" } : null,
    // Notifications arrive today, mostly, and from the one force: both start filled in.
    defaultValue: { receivedDate: isoDateToParts(todayInLondon()), policeOrganisationId: forces[0]?.id },
  };
}

/** Records one notification and comes back to an empty form for the next: the work arrives in batches. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contact.record", { context });
  const submission = parseWithZod(await request.formData(), { schema: policeNotificationSchema });
  if (submission.status !== "success") return errorReply(submission);
  const result = await recordPoliceNotification(auditActor(context, user), user, submission.value);
  if (!result.ok) return errorReply(submission, { fieldErrors: { [result.field]: [result.key] } });
  throw redirect(mashPaths.policeNotification({ reference: result.reference, linked: result.linkedTo !== null }));
}

/** Keyed by the notification just recorded, so that with JavaScript on the form starts empty again too. */
export default function RecordPoliceNotifications() {
  const data = useLoaderData<typeof loader>();
  return <PoliceNotificationForm key={data.recorded?.reference ?? "first"} {...data} />;
}

function PoliceNotificationForm({ forces, recorded, defaultValue }: ReturnType<typeof useLoaderData<typeof loader>>) {
  const t = useT();
  const form = useGovukForm({
    id: "police-notification",
    schema: policeNotificationSchema,
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder: policeNotificationFieldOrder,
    titleKey: "mash.police.title",
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.recordContact()} />
        {recorded && !form.hasErrors ? (
          <NotificationBanner
            type="success"
            heading={t(recorded.linked ? "mash.police.recordedLinked" : "mash.police.recordedUnlinked", {
              reference: recorded.reference,
            })}
          >
            <Link className="govuk-notification-banner__link" to={mashPaths.contact(recorded.reference)}>
              {t("mash.police.open", { reference: recorded.reference })}
            </Link>
          </NotificationBanner>
        ) : null}
        <FormErrorSummary form={form} />
        <h1 className="govuk-heading-l">{t("mash.police.title")}</h1>
        <p className="govuk-body">{t("mash.police.lead")}</p>
        <GovukFormLayout form={form} submitText={t("mash.police.submit")}>
          <DateInput {...form.date("receivedDate")} legend={t("mash.police.receivedDate.legend")} />
          <Input
            {...form.field("receivedTime")}
            label={t("mash.police.receivedTime.label")}
            hint={t("mash.police.receivedTime.hint")}
            width="5"
            autoComplete="off"
          />
          <Select
            {...form.field("policeOrganisationId")}
            label={t("mash.police.organisation.label")}
            options={forces.map((force) => ({ value: force.id, text: force.name }))}
          />
          <Input
            {...form.field("policeReference")}
            label={t("mash.police.reference.label")}
            hint={t("mash.police.reference.hint")}
            width="20"
            autoComplete="off"
            spellCheck={false}
          />
          <Input {...form.field("officerName")} label={t("mash.police.officer.label")} autoComplete="off" />
          <Input
            {...form.field("childFirstName")}
            label={t("mash.police.childFirstName.label")}
            width="20"
            autoComplete="off"
            spellCheck={false}
          />
          <Input
            {...form.field("childLastName")}
            label={t("mash.police.childLastName.label")}
            width="20"
            autoComplete="off"
            spellCheck={false}
          />
          <DateInput {...form.date("childDateOfBirth")} legend={t("mash.police.dateOfBirth.legend")} />
          <Input {...form.field("postcode")} label={t("mash.police.postcode.label")} width="10" autoComplete="off" />
          <Textarea
            {...form.field("summary")}
            label={t("mash.police.summary.label")}
            hint={t("mash.police.summary.hint")}
            rows={6}
          />
          <Checkboxes
            {...form.choice("immediateDanger")}
            legend={t("mash.police.immediateDanger.legend")}
            legendSize="s"
            small
            items={[{ value: "yes", label: t("mash.police.immediateDanger.label") }]}
          />
        </GovukFormLayout>
      </div>
    </div>
  );
}
