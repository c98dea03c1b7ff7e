import { usePlanT } from "./terms";

/** Every plan page names the family, under the plan's reference, so nobody works on the wrong family. */
export function PlanHeading({
  reference,
  childNames,
  title,
}: {
  reference: string;
  childNames: string[];
  title?: string;
}) {
  const t = usePlanT();
  return (
    <>
      <span className="govuk-caption-l">
        {title
          ? t("plans.heading.captionWithFamily", { reference, family: childNames.join(", ") })
          : t("plans.heading.caption", { reference })}
      </span>
      <h1 className="govuk-heading-l">{title ?? childNames.join(", ")}</h1>
    </>
  );
}
