import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "~/components/govuk/button";
import { DateInput } from "~/components/govuk/date-input";
import type { ParsedWindow } from "~/forms/reports/window";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";

/** A report's period as two GOV.UK date inputs in a GET form, with any other filters the page adds. */
export function WindowForm({
  parsed,
  legendKey,
  hintKey,
  applyKey,
  children,
}: {
  parsed: Pick<ParsedWindow, "entered" | "errors">;
  legendKey: MessageKey;
  hintKey?: MessageKey;
  applyKey: MessageKey;
  children?: ReactNode;
}) {
  const t = useT();
  const error = (field: "from" | "to") => {
    const found = parsed.errors.find((candidate) => candidate.field === field);
    return found ? t(found.key) : undefined;
  };
  return (
    <Form method="get" noValidate>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{t(legendKey)}</legend>
        {hintKey ? <p className="govuk-hint">{t(hintKey)}</p> : null}
        <DateInput
          id="from"
          name="from"
          legend={t("reports.window.from")}
          hint={t("reports.window.hint")}
          error={error("from")}
          defaultValue={parsed.entered.from}
        />
        <DateInput
          id="to"
          name="to"
          legend={t("reports.window.to")}
          error={error("to")}
          defaultValue={parsed.entered.to}
        />
      </fieldset>
      {children}
      <Button variant="secondary">{t(applyKey)}</Button>
    </Form>
  );
}
