import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t";
import { classNames } from "./classes";

interface NotificationBannerProps {
  /** "success" is for the outcome of something the user just did; it takes focus so screen readers announce it. */
  type?: "important" | "success";
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
  /** Needed when a page shows more than one banner, so each is labelled by its own title. */
  titleId?: string;
}

export function NotificationBanner({
  type = "important",
  title,
  heading,
  children,
  titleId = "govuk-notification-banner-title",
}: NotificationBannerProps) {
  const t = useT();
  const isSuccess = type === "success";
  return (
    <div
      className={classNames("govuk-notification-banner", isSuccess && "govuk-notification-banner--success")}
      role={isSuccess ? "alert" : "region"}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? t(isSuccess ? "common.success" : "common.important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
