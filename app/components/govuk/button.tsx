import type { ButtonHTMLAttributes } from "react";
import { Link } from "@remix-run/react";
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

export function Button({ variant = "primary", className, type = "submit", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames("govuk-button", variantClass[variant], className)}
      data-module="govuk-button"
      // GOV.UK buttons ignore a second click within a second, so a double click never posts twice.
      data-prevent-double-click="true"
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
