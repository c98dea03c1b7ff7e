import { Link } from "@remix-run/react";
import type { TableColumn } from "~/components/govuk/table";
import { earlyHelpPaths } from "~/early-help-paths";
import type { Translate } from "~/i18n/messages";

interface ListedPlan {
  id: string;
  reference: string;
  childNames: string[];
}

/** A list of plans' first column: the family's children, linking to the plan, its reference said to screen readers. */
export function familyColumn<Plan extends ListedPlan>(t: Translate): TableColumn<Plan> {
  return {
    header: t("plans.list.column.family"),
    cell: (plan) => (
      <Link className="govuk-link" to={earlyHelpPaths.plan(plan.id)}>
        {plan.childNames.join(", ")}
        <span className="govuk-visually-hidden"> {plan.reference}</span>
      </Link>
    ),
  };
}
