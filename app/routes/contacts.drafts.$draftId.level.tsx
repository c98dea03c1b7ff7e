import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { FormErrorSummary, GovukFormLayout, useGovukForm } from "~/components/forms/govuk-form";
import { Radios } from "~/components/govuk/choices";
import { Textarea } from "~/components/govuk/textarea";
import { suggestionFor, type QuestionPageRef } from "~/domain/contact/journey";
import { levelSchema } from "~/forms/contact/level";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { backPath, requireDraftPage, saveDraftPageAction } from "~/route-support/draft-page.server";
import type { OpenDraft } from "~/services/contact-drafts.server";

export const handle = { titleKey: "contactJourney.level.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.level.title") }];

const page: QuestionPageRef = { page: "level" };
const fieldOrder = ["agreesWithSuggestion", "chosenLevel", "reason"] as const;

function schemaFor(draft: OpenDraft) {
  const suggestion = suggestionFor(draft.answers, draft.context);
  return levelSchema({
    levels: draft.context.document.levels.map((level) => level.level),
    // The page is only open once descriptors are saved, so there is always a suggestion; 0 matches no level.
    suggestedLevel: suggestion.outcome === "none" ? 0 : suggestion.level.level,
  });
}

export async function loader(args: LoaderFunctionArgs) {
  const { draft, returnTo, unsavedInput } = await requireDraftPage(args, page);
  const suggestion = suggestionFor(draft.answers, draft.context);
  if (suggestion.outcome === "none") throw new Response("Not found", { status: 404 });
  const saved = draft.answers.level;
  // An agreement with a different suggestion is not an agreement with this one: ask again.
  const stale = saved !== undefined && saved.suggestedLevel !== suggestion.level.level;
  return {
    back: backPath(draft.id, returnTo),
    changeDescriptors: paths.draftPage(draft.id, { page: "descriptors" }, { returnTo }),
    levels: draft.context.document.levels.map(({ level, name }) => ({ level, name })),
    suggestion: {
      outcome: suggestion.outcome,
      level: suggestion.level,
      raisedFrom: suggestion.outcome === "raised" ? suggestion.raisedFrom.level : undefined,
      domainCount: suggestion.outcome === "raised" ? suggestion.driverDomains.length : undefined,
      drivers: suggestion.drivers.map(({ id, text, level }) => ({ id, text, level })),
      others: suggestion.others.map(({ id, text, level }) => ({ id, text, level })),
    },
    stale,
    defaultValue: unsavedInput ?? (saved && !stale ? { ...saved } : {}),
  };
}

export function action(args: ActionFunctionArgs) {
  return saveDraftPageAction(args, page, {
    schema: schemaFor,
    save: (answers, level) => ({ ...answers, level }),
  });
}

/** The portal's suggested level, why, and the referrer's view of it. */
export default function Level() {
  const t = useT();
  const { back, levels, suggestion, stale, defaultValue, changeDescriptors } = useLoaderData<typeof loader>();
  const form = useGovukForm({
    id: "level",
    schema: levelSchema({ levels: levels.map((level) => level.level), suggestedLevel: suggestion.level.level }),
    lastResult: useActionData<typeof action>(),
    defaultValue,
    fieldOrder,
    formErrorField: "agreesWithSuggestion",
    titleKey: "contactJourney.level.title",
  });
  const descriptorList = (descriptors: { id: string; text: string; level: number }[]) => (
    <ul className="govuk-list govuk-list--bullet">
      {descriptors.map((descriptor) => (
        <li key={descriptor.id}>
          {descriptor.text} ({t("contactJourney.descriptors.levelTag", { level: descriptor.level })})
        </li>
      ))}
    </ul>
  );
  return (
    <JourneyPage back={back}>
      <FormErrorSummary form={form} />
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.level.title")}</h1>
      {stale ? <div className="govuk-inset-text">{t("contact.level.suggestionChanged")}</div> : null}
      <div className="govuk-inset-text">
        <h2 className="govuk-heading-m">
          {t("contactJourney.level.suggested", { level: suggestion.level.level, name: suggestion.level.name })}
        </h2>
        <p className="govuk-body">{suggestion.level.summary}</p>
      </div>
      <p className="govuk-body">
        {suggestion.outcome === "raised"
          ? t("contactJourney.level.why.raised", {
              count: suggestion.drivers.length,
              from: suggestion.raisedFrom ?? "",
              domains: suggestion.domainCount ?? "",
            })
          : t("contactJourney.level.why.highest")}
      </p>
      {descriptorList(suggestion.drivers)}
      {suggestion.others.length > 0 ? (
        <>
          <p className="govuk-body">{t("contactJourney.level.others")}</p>
          {descriptorList(suggestion.others)}
        </>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to={changeDescriptors}>
          {t("contactJourney.level.changeNeeds")}
        </Link>
      </p>
      <h2 className="govuk-heading-s">{t("contactJourney.level.whatToDo")}</h2>
      <p className="govuk-body">{suggestion.level.whatToDo}</p>
      <div className="govuk-inset-text">{t("contactJourney.level.notADecision")}</div>
      <GovukFormLayout form={form} submitText={t("common.saveAndContinue")} saveAndReturn>
        <input type="hidden" name="suggestedLevel" value={suggestion.level.level} />
        <Radios
          legend={t("contactJourney.level.agrees")}
          {...form.choice("agreesWithSuggestion")}
          {...(form.field("agreesWithSuggestion") ?? form.error(""))}
          items={[
            { value: "yes", label: t("common.yes") },
            {
              value: "no",
              label: t("common.no"),
              conditional: (
                <>
                  <Radios
                    legend={t("contactJourney.level.chosenLevel")}
                    legendSize="s"
                    {...form.choice("chosenLevel")}
                    items={levels
                      .filter((level) => level.level !== suggestion.level.level)
                      .map((level) => ({
                        value: String(level.level),
                        label: t("contactJourney.level.option", { level: level.level, name: level.name }),
                      }))}
                  />
                  <Textarea label={t("contactJourney.level.reason")} rows={4} {...form.field("reason")} />
                </>
              ),
            },
          ]}
        />
      </GovukFormLayout>
    </JourneyPage>
  );
}
