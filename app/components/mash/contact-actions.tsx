import { Form, Link } from "@remix-run/react";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import type { ScreeningView } from "~/services/mash-screening.server";

/** What the screener or manager can do with the contact now: claim, decide, ask an agency, sign off, release or assign. */
export function ContactActions({ contact, can }: { contact: ScreeningView["contact"]; can: ScreeningView["can"] }) {
  const t = useT();
  return (
    <>
      <h2 className="govuk-heading-m" id="actions" tabIndex={-1}>
        {t("mash.contact.actions")}
      </h2>
      <ButtonGroup>
        {can.claim ? (
          <Form method="post">
            <input type="hidden" name="intent" value="claim" />
            <Button className="govuk-!-margin-bottom-0">{t("mash.contact.claim")}</Button>
          </Form>
        ) : null}
        {can.work ? (
          <>
            <Link className="govuk-button govuk-!-margin-bottom-0" to={mashPaths.decision(contact.reference)}>
              {t("mash.contact.recordDecision")}
            </Link>
            <Link
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
              to={mashPaths.newCheck(contact.reference)}
            >
              {t("mash.contact.requestCheck")}
            </Link>
          </>
        ) : null}
        {can.signOff ? (
          <Link className="govuk-button govuk-!-margin-bottom-0" to={mashPaths.signOff(contact.reference)}>
            {t("mash.contact.signOff")}
          </Link>
        ) : null}
        {can.release ? (
          <Form method="post">
            <input type="hidden" name="intent" value="release" />
            <Button variant="secondary" className="govuk-!-margin-bottom-0">
              {t("mash.contact.release")}
            </Button>
          </Form>
        ) : null}
        {can.assign ? (
          <Link className="govuk-link" to={mashPaths.assign(contact.reference)}>
            {contact.assignee ? t("mash.contact.reassign") : t("mash.contact.assign")}
          </Link>
        ) : null}
      </ButtonGroup>
    </>
  );
}
