import type { ButtonHTMLAttributes } from "react";
import { Link, useNavigation } from "@remix-run/react";
import { classNames } from "./classes";

type Variant = "primary" | "secondary" | "warning";

const variantClass: Record<Variant, string | undefined> = {
  primary: undefined,
  secondary: "govuk-button--secondary",
  warning: "govuk-button--warning",
};

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

/**
 * A GOV.UK button. A second click while a form is still being sent is ignored,
 * so a double click never posts twice. This replaces GOV.UK Frontend's
 * data-prevent-double-click, which ignores every click for a second: Remix keeps
 * the same button on screen after an error or a search, and a quick second
 * submission of corrected answers would be silently dropped.
 */
export function Button({ variant = "primary", className, type = "submit", onClick, ...props }: ButtonProps) {
  const sending = useNavigation().state === "submitting";
  return (
    <button
      type={type}
      className={classNames("govuk-button", variantClass[variant], className)}
      data-module="govuk-button"
      onClick={(event) => {
        if (type === "submit" && sending) event.preventDefault();
        else onClick?.(event);
      }}
      {...props}
    />
  );
}

export function StartButton({ to, children }: { to: string; children: React.ReactNode }) {
  return (
    <Link
      to={to}
      role="button"
      draggable="false"
      className="govuk-button govuk-button--start"
      data-module="govuk-button"
    >
      {children}
      <svg
        className="govuk-button__start-icon"
        xmlns="http://www.w3.org/2000/svg"
        width="17.5"
        height="19"
        viewBox="0 0 33 40"
        aria-hidden="true"
        focusable="false"
      >
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </Link>
  );
}

export function ButtonGroup({ children }: { children: React.ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
