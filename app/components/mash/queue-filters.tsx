import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/govuk/button";
import { Checkboxes } from "~/components/govuk/choices";
import { Select } from "~/components/govuk/select";
import { referralSources } from "~/domain/contact/census";
import { statusesAwaitingDecision } from "~/domain/mash/contact-status";
import { ragRatings } from "~/domain/mash/rag";
import type { MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { mashPaths, type QueueSearch } from "~/mash-paths";
import type { Queue } from "~/services/mash-queue.server";

/** The MASH queue's filters, each option with how many contacts it would show; a GET form, so it works without JavaScript. */
export function QueueFilterForm({
  filters,
  counts,
  assignees,
}: {
  filters: Omit<QueueSearch, "notice">;
  counts: Queue["counts"];
  assignees: Queue["assignees"];
}) {
  const t = useT();
  const option = (label: string, count: number) => t("mash.queue.filter.option", { label, count });
  return (
    <details className="govuk-details" open={Object.values(filters).some(Boolean)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{t("mash.queue.filters")}</span>
      </summary>
      <div className="govuk-details__text">
        <Form method="get">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-quarter">
              <Select
                id="rag"
                name="rag"
                label={t("mash.queue.filter.rag")}
                defaultValue={filters.rag ?? ""}
                placeholder={t("mash.queue.filter.any", { count: counts.all })}
                options={(["unrated", ...ragRatings] as const).map((rag) => ({
                  value: rag,
                  text: option(t(`mash.rag.${rag}`), counts.rag[rag]),
                }))}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <Select
                id="status"
                name="status"
                label={t("mash.queue.filter.status")}
                defaultValue={filters.status ?? ""}
                placeholder={t("mash.queue.filter.any", { count: counts.all })}
                options={statusesAwaitingDecision.map((status) => ({
                  value: status,
                  text: option(t(`mash.status.${status}`), counts.status[status] ?? 0),
                }))}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <Select
                id="source"
                name="source"
                label={t("mash.queue.filter.source")}
                defaultValue={filters.source ?? ""}
                placeholder={t("mash.queue.filter.any", { count: counts.all })}
                options={referralSources
                  .filter(({ code }) => counts.source[code] || filters.source === code)
                  .map(({ code, messageKey }) => ({
                    value: code,
                    text: option(t(messageKey as MessageKey), counts.source[code] ?? 0),
                  }))}
              />
            </div>
            <div className="govuk-grid-column-one-quarter">
              <Select
                id="assignee"
                name="assignee"
                label={t("mash.queue.filter.assignee")}
                defaultValue={filters.assignee ?? ""}
                placeholder={t("mash.queue.filter.any", { count: counts.all })}
                options={[
                  { value: "me", text: option(t("mash.queue.filter.me"), counts.assignee.me ?? 0) },
                  {
                    value: "unassigned",
                    text: option(t("mash.queue.filter.unassigned"), counts.assignee.unassigned ?? 0),
                  },
                  ...assignees.map(({ id, name }) => ({ value: id, text: option(name, counts.assignee[id] ?? 0) })),
                ]}
              />
            </div>
          </div>
          <Checkboxes
            id="overdue"
            name="overdue"
            legend={<span className="govuk-visually-hidden">{t("mash.queue.filter.overdue")}</span>}
            small
            items={[{ value: "yes", label: option(t("mash.queue.filter.overdue"), counts.overdue) }]}
            selected={filters.overdue ? ["yes"] : []}
          />
          <Checkboxes
            id="confirmation"
            name="confirmation"
            legend={<span className="govuk-visually-hidden">{t("mash.queue.awaitingConfirmation")}</span>}
            small
            items={[
              {
                value: "awaiting",
                label: option(t("mash.queue.awaitingConfirmation"), counts.awaitingConfirmation),
              },
            ]}
            selected={filters.confirmation ? ["awaiting"] : []}
          />
          <div className="govuk-button-group">
            <Button variant="secondary">{t("mash.queue.filter.apply")}</Button>
            <Link className="govuk-link" to={mashPaths.queue()}>
              {t("mash.queue.filter.clear")}
            </Link>
          </div>
        </Form>
      </div>
    </details>
  );
}
