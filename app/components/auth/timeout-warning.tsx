import { Form, useFetcher, useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Button, ButtonGroup } from "~/components/govuk/button";
import { useT } from "~/i18n/use-t";
import { paths } from "~/paths";

interface TimeoutWarningProps {
  /** Seconds until the session ends without activity, as the server counted when the page loaded. */
  idleSecondsLeft: number;
  warningSeconds: number;
}

/**
 * WCAG 2.2.1 (timing adjustable): before the idle timeout, a modal dialog
 * says when the user will be signed out and lets them stay signed in, which
 * asks the server to extend the session. Needs JavaScript; without it the
 * account page states the timeout instead.
 */
export function TimeoutWarning({ idleSecondsLeft, warningSeconds }: TimeoutWarningProps) {
  const t = useT();
  const navigate = useNavigate();
  const keepAlive = useFetcher();
  const dialog = useRef<HTMLDialogElement>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    const endsAt = Date.now() + idleSecondsLeft * 1000;
    const tick = () => {
      const left = Math.round((endsAt - Date.now()) / 1000);
      if (left <= 0) {
        navigate(paths.signedOut({ timedOut: true }), { replace: true });
      } else {
        setSecondsLeft(left <= warningSeconds ? left : null);
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [idleSecondsLeft, warningSeconds, navigate]);

  const open = secondsLeft !== null;
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // Announced once a minute, and every 15 seconds in the last minute, not every second.
  const spoken =
    secondsLeft === null ? "" : secondsLeft > 60 ? Math.ceil(secondsLeft / 60) * 60 : Math.ceil(secondsLeft / 15) * 15;
  const describe = (seconds: number) =>
    seconds > 60
      ? t("auth.timeout.minutes", { count: Math.ceil(seconds / 60) })
      : seconds === 60
        ? t("auth.timeout.minute")
        : t("auth.timeout.seconds", { count: seconds });

  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      aria-labelledby="timeout-warning-title"
      aria-describedby="timeout-warning-body"
      onCancel={(event) => {
        // Escape means "stay signed in", as closing the warning should never sign anyone out.
        event.preventDefault();
        keepAlive.submit(null, { method: "post", action: paths.extendSession() });
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-warning-title">
        {t("auth.timeout.title")}
      </h2>
      <p className="govuk-body" id="timeout-warning-body">
        {secondsLeft === null ? null : t("auth.timeout.body", { time: describe(secondsLeft) })}
      </p>
      <p className="govuk-visually-hidden" aria-live="polite">
        {typeof spoken === "number" ? t("auth.timeout.body", { time: describe(spoken) }) : ""}
      </p>
      <ButtonGroup>
        <keepAlive.Form method="post" action={paths.extendSession()}>
          <Button>{t("auth.timeout.stay")}</Button>
        </keepAlive.Form>
        <Form method="post" action={paths.signOut()}>
          <Button variant="secondary">{t("auth.timeout.signOut")}</Button>
        </Form>
      </ButtonGroup>
    </dialog>
  );
}
