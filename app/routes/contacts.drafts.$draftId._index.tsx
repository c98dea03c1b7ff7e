import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { JourneyCaption, JourneyPage } from "~/components/contact/journey-page";
import { TaskList, type TaskListItem } from "~/components/govuk/task-list";
import { taskList, type SectionStatus } from "~/domain/contact/journey";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";
import { draftHome, requireDraft } from "~/route-support/draft-page.server";

export const meta: MetaFunction = () => [{ title: pageTitle("contactJourney.taskList.title") }];

export async function loader(args: LoaderFunctionArgs) {
  const { draft } = await requireDraft(args);
  const sections = taskList(draft.answers, draft.context).map((section) => ({
    id: section.id,
    titleKey: section.titleKey,
    status: section.status,
    statusKey: section.statusKey,
    href: section.status === "cannot-start-yet" ? undefined : paths.draftPage(draft.id, section.page),
  }));
  return { sections, home: draftHome(draft.answers) };
}

const statusTag: Record<SectionStatus, Pick<TaskListItem["status"], "colour" | "asTag">> = {
  "cannot-start-yet": { asTag: false },
  "not-started": { asTag: true, colour: "blue" },
  "in-progress": { asTag: true, colour: "light-blue" },
  completed: { asTag: false },
};

export default function DraftTaskList() {
  const t = useT();
  const { sections, home } = useLoaderData<typeof loader>();
  const done = sections.filter((section) => section.status === "completed").length;
  return (
    <JourneyPage back={home}>
      <JourneyCaption />
      <h1 className="govuk-heading-l">{t("contactJourney.taskList.title")}</h1>
      <p className="govuk-body">{t("contactJourney.taskList.intro")}</p>
      <p className="govuk-body govuk-!-font-weight-bold">
        {t("contactJourney.taskList.progress", { done, total: sections.length - 1 })}
      </p>
      <TaskList
        items={sections.map((section) => ({
          id: section.id,
          title: t(section.titleKey),
          href: section.href,
          status: { text: t(section.statusKey), ...statusTag[section.status] },
        }))}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={home}>
          {t("contactJourney.taskList.contacts")}
        </Link>
      </p>
    </JourneyPage>
  );
}
