import type { ReactNode } from "react";
import { Link } from "@remix-run/react";
import { Tag, type TagColour } from "./tag";

export interface TaskListItem {
  id: string;
  title: ReactNode;
  hint?: ReactNode;
  /** Without a link the task cannot be started yet. */
  href?: string;
  status: { text: string; colour?: TagColour; asTag: boolean };
}

export function TaskList({ items }: { items: TaskListItem[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => (
        <li key={item.id} className={`govuk-task-list__item${item.href ? " govuk-task-list__item--with-link" : ""}`}>
          <div className="govuk-task-list__name-and-hint">
            {item.href ? (
              <Link className="govuk-link govuk-task-list__link" to={item.href} aria-describedby={`${item.id}-status`}>
                {item.title}
              </Link>
            ) : (
              <div>{item.title}</div>
            )}
            {item.hint ? <div className="govuk-task-list__hint">{item.hint}</div> : null}
          </div>
          <div
            className={`govuk-task-list__status${item.href ? "" : " govuk-task-list__status--cannot-start-yet"}`}
            id={`${item.id}-status`}
          >
            {item.status.asTag ? <Tag colour={item.status.colour}>{item.status.text}</Tag> : item.status.text}
          </div>
        </li>
      ))}
    </ul>
  );
}
