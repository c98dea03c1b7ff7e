import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/authorise.server";
import { BackLink } from "~/components/govuk/back-link";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { displayName } from "~/components/mash/names";
import { formatNhsNumber } from "~/domain/contact/nhs-number";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { mashPaths } from "~/mash-paths";
import { auditActor } from "~/services/audit.server";
import { searchForChild } from "~/services/person-matching.server";

export const meta: MetaFunction = () => [{ title: pageTitle("mash.find.pageTitle") }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mash.screen", { context });
  const query = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const found = await searchForChild(auditActor(context, user), params.reference ?? "", params.childId ?? "", query);
  if (!found) throw new Response("Not found", { status: 404 });
  return { ...found, query };
}

export default function FindPerson() {
  const t = useT();
  const { reference, child, results, query } = useLoaderData<typeof loader>();
  const name = displayName(child);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={mashPaths.contact(reference)} />
        <span className="govuk-caption-l">{t("mash.decision.caption", { reference })}</span>
        <h1 className="govuk-heading-l">{t("mash.find.title", { name })}</h1>
        <Form method="get" role="search">
          <Input
            id="q"
            name="q"
            label={t("mash.find.q.label")}
            hint={t("mash.find.q.hint")}
            defaultValue={query || name}
            spellCheck={false}
          />
          <Button variant="secondary">{t("mash.find.submit")}</Button>
        </Form>
        {query ? (
          results.length === 0 ? (
            <p className="govuk-body">{t("mash.find.none", { q: query })}</p>
          ) : (
            <>
              <h2 className="govuk-heading-m">
                {t(results.length === 1 ? "mash.find.results.one" : "mash.find.results.other", {
                  count: results.length,
                })}
              </h2>
              <ul className="govuk-list">
                {results.map((person) => (
                  <li key={person.id} className="govuk-!-margin-bottom-4">
                    <strong>{displayName(person)}</strong>
                    {person.dateOfBirth ? `, ${formatDate(person.dateOfBirth)}` : ""}
                    {person.nhsNumber ? `, ${formatNhsNumber(person.nhsNumber)}` : ""}
                    {person.postcode ? `, ${person.postcode}` : ""}
                    {child.personId ? null : (
                      <Form method="post" action={mashPaths.contact(reference)}>
                        <input type="hidden" name="intent" value="link" />
                        <input type="hidden" name="childId" value={child.id} />
                        <input type="hidden" name="personId" value={person.id} />
                        <Button variant="secondary" className="govuk-!-margin-bottom-0 govuk-!-margin-top-2">
                          {t("mash.match.link")}
                          <span className="govuk-visually-hidden">
                            {" "}
                            {t("mash.match.linkHidden", { child: name, person: displayName(person) })}
                          </span>
                        </Button>
                      </Form>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
    </div>
  );
}
