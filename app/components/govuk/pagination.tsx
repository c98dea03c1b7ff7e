import { Link, useLocation } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import { paginationItems } from "~/lists/pages";

/** The address of another page of the same list, keeping any search or filter. */
function usePageHref(): (page: number) => string {
  const { pathname, search } = useLocation();
  return (page) => {
    const params = new URLSearchParams(search);
    if (page === 1) params.delete("page");
    else params.set("page", String(page));
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
}

const arrowPaths = {
  prev: "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
  next: "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
};

function Arrow({ direction }: { direction: keyof typeof arrowPaths }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={arrowPaths[direction]} />
    </svg>
  );
}

/** GOV.UK pagination: nothing when everything fits on one page. */
export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const t = useT();
  const href = usePageHref();
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={href(page - 1)} rel="prev">
            <Arrow direction="prev" />
            <span className="govuk-pagination__link-title">
              {t("pagination.previous")}
              <span className="govuk-visually-hidden"> {t("pagination.pageWord")}</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {paginationItems(page, pageCount).map((item, index) =>
          item === "ellipsis" ? (
            <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
              &ctdot;
            </li>
          ) : (
            <li
              key={item.page}
              className={`govuk-pagination__item${item.page === page ? " govuk-pagination__item--current" : ""}`}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={href(item.page)}
                aria-label={t("pagination.page", { number: item.page })}
                aria-current={item.page === page ? "page" : undefined}
              >
                {item.page}
              </Link>
            </li>
          ),
        )}
      </ul>
      {page < pageCount ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              {t("pagination.next")}
              <span className="govuk-visually-hidden"> {t("pagination.pageWord")}</span>
            </span>
            <Arrow direction="next" />
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
