import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/govuk/button";
import { Input } from "~/components/govuk/input";
import { Select } from "~/components/govuk/select";
import { Tag } from "~/components/govuk/tag";
import { WarningText } from "~/components/govuk/warning-text";
import { council } from "~/council";
import { searchDescriptors } from "~/domain/thresholds/search";
import { formatDate } from "~/domain/date-format";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { currentThresholdDocument } from "~/services/thresholds.server";

export const meta: MetaFunction = () => [{ title: pageTitle("thresholds.title") }];

/** Public: partners learn the thresholds here before they have an account, or before they refer. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { document, publishedAt } = await currentThresholdDocument();
  const search = new URL(request.url).searchParams;
  const query = (search.get("q") ?? "").slice(0, 200);
  const domain = document.domains.some((entry) => entry.id === search.get("domain"))
    ? (search.get("domain") ?? undefined)
    : undefined;
  const levelNumber = Number(search.get("level"));
  const level = document.levels.some((entry) => entry.level === levelNumber) ? levelNumber : undefined;
  const filtered = query.trim() !== "" || domain !== undefined || level !== undefined;
  const matches = searchDescriptors(document, query, { domain, level });
  return {
    partnership: document.partnership,
    version: document.version,
    inForceFrom: formatDate(publishedAt ?? document.publishedOn),
    levels: document.levels,
    domains: document.domains,
    search: { query, domain: domain ?? "", level: level === undefined ? "" : String(level), filtered },
    results: (filtered
      ? matches.map((match) => match.descriptor)
      : [...matches.map((match) => match.descriptor)].sort((a, b) => a.level - b.level)
    ).map(({ id, domain: domainId, level: descriptorLevel, text, examples }) => ({
      id,
      domain: document.domains.find((entry) => entry.id === domainId)?.name ?? "",
      level: descriptorLevel,
      text,
      examples: examples ?? [],
    })),
  };
}

export default function Thresholds() {
  const t = useT();
  const { partnership, version, inForceFrom, levels, domains, search, results } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{t("thresholds.title")}</h1>
        <p className="govuk-body-l">{t("thresholds.intro", { partnership })}</p>
        <p className="govuk-body-s">{t("thresholds.version", { version, date: inForceFrom })}</p>
        <WarningText assistiveText={t("contactJourney.warning")}>
          {t("home.danger", { phone: council.mashPhone })}
        </WarningText>

        <h2 className="govuk-heading-l">{t("thresholds.levels.heading")}</h2>
        {levels.map((level) => (
          <section key={level.level} className="govuk-!-margin-bottom-6" aria-labelledby={`level-${level.level}`}>
            <h3 className="govuk-heading-m" id={`level-${level.level}`}>
              {t("thresholds.level.heading", { level: level.level, name: level.name })}
            </h3>
            <p className="govuk-body">{level.summary}</p>
            <h4 className="govuk-heading-s">{t("thresholds.level.whatToDo")}</h4>
            <p className="govuk-body">{level.whatToDo}</p>
          </section>
        ))}

        <h2 className="govuk-heading-l">{t("thresholds.domains.heading")}</h2>
        <p className="govuk-body">{t("thresholds.domains.intro")}</p>
        <dl className="govuk-summary-list">
          {domains.map((domain) => (
            <div key={domain.id} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{domain.name}</dt>
              <dd className="govuk-summary-list__value">{domain.summary}</dd>
            </div>
          ))}
        </dl>

        <h2 className="govuk-heading-l" id="search">
          {t("thresholds.search.heading")}
        </h2>
        <Form method="get" action={`${paths.thresholds()}#search`} role="search" aria-labelledby="search">
          <Input
            id="q"
            name="q"
            type="search"
            label={t("thresholds.search.label")}
            labelSize="s"
            hint={t("thresholds.search.hint")}
            defaultValue={search.query}
            spellCheck={false}
          />
          <Select
            id="domain"
            name="domain"
            label={t("thresholds.search.domain")}
            placeholder={t("thresholds.search.domain.any")}
            options={domains.map((domain) => ({ value: domain.id, text: domain.name }))}
            defaultValue={search.domain}
          />
          <Select
            id="level"
            name="level"
            label={t("thresholds.search.level")}
            placeholder={t("thresholds.search.level.any")}
            options={levels.map((level) => ({
              value: String(level.level),
              text: t("thresholds.level.heading", { level: level.level, name: level.name }),
            }))}
            defaultValue={search.level}
          />
          <div className="govuk-button-group">
            <Button>{t("thresholds.search.button")}</Button>
            {search.filtered ? (
              <Link className="govuk-link" to={`${paths.thresholds()}#search`}>
                {t("thresholds.search.clear")}
              </Link>
            ) : null}
          </div>
        </Form>

        <p className="govuk-body" aria-live="polite" id="results-count">
          {results.length === 0
            ? t("thresholds.results.none")
            : t(search.filtered ? "thresholds.results.count" : "thresholds.results.all", { count: results.length })}
        </p>
        <ol className="govuk-list" aria-labelledby="results-count">
          {results.map((descriptor) => (
            <li key={descriptor.id} className="govuk-!-margin-bottom-6">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Tag colour={descriptor.level >= 4 ? "red" : descriptor.level === 3 ? "orange" : "grey"}>
                  {t("thresholds.descriptor.level", { level: descriptor.level })}
                </Tag>{" "}
                <span className="govuk-!-font-size-16">{descriptor.domain}</span>
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">{descriptor.text}</p>
              {descriptor.examples.length > 0 ? (
                <>
                  <p className="govuk-body-s govuk-!-margin-bottom-1">{t("thresholds.descriptor.examples")}</p>
                  <ul className="govuk-list govuk-list--bullet govuk-body-s">
                    {descriptor.examples.map((example) => (
                      <li key={example}>{example}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ol>
        <p className="govuk-body">
          {t("thresholds.makeContact")}{" "}
          <Link className="govuk-link" to="/sign-in">
            {t("thresholds.signIn")}
          </Link>
        </p>
      </div>
    </div>
  );
}
