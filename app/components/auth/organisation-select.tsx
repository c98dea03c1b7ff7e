import { describedBy, ErrorMessage, FormGroup } from "~/components/govuk/field";
import { Label } from "~/components/govuk/input";
import { classNames } from "~/components/govuk/classes";
import { useT } from "~/i18n/use-t";

/** GOV.UK select for choosing one of the council's organisations (too many for radios). */
export function OrganisationSelect({
  organisations,
  defaultValue,
  error,
}: {
  organisations: { id: string; name: string }[];
  defaultValue?: string;
  error?: string;
}) {
  const t = useT();
  return (
    <FormGroup error={error}>
      <Label htmlFor="organisationId" size="s">
        {t("admin.invite.organisation.label")}
      </Label>
      <ErrorMessage id="organisationId" error={error} />
      <select
        id="organisationId"
        name="organisationId"
        className={classNames("govuk-select", error && "govuk-select--error")}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy("organisationId", undefined, error)}
      >
        <option value="">{t("admin.invite.organisation.choose")}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
