import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { signInWithRecoveryCode } from "~/auth/sign-in.server";
import { SignInCodePage } from "~/components/auth/sign-in-code-page";
import { Input } from "~/components/govuk/input";
import { recoveryCodeSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { requirePasswordStepPassed, signInWithCodeAction } from "~/route-support/sign-in-code.server";

export const handle = { titleKey: "auth.recoveryCode.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.recoveryCode.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePasswordStepPassed(request);
  return null;
}

export function action(args: ActionFunctionArgs) {
  // A used recovery code is gone, so it is refused as invalid: only an authenticator code can be "replayed".
  return signInWithCodeAction(args, recoveryCodeSchema, signInWithRecoveryCode, {
    invalid: "auth.recoveryCode.invalid",
    replayed: "auth.recoveryCode.invalid",
  });
}

export default function RecoveryCode() {
  const t = useT();
  return (
    <SignInCodePage
      id="sign-in-recovery-code"
      titleKey="auth.recoveryCode.title"
      hint={t("auth.recoveryCode.hint")}
      lastResult={useActionData<typeof action>()}
      codeBox={(form) => (
        <Input
          key={form.replyKey}
          label={t("auth.recoveryCode.label")}
          labelSize="s"
          {...form.field("code")}
          autoComplete="off"
          spellCheck={false}
          width="10"
        />
      )}
      after={<p className="govuk-body">{t("auth.recoveryCode.noneLeft")}</p>}
      otherWay={{ path: "/sign-in/two-factor", text: t("auth.recoveryCode.useApp") }}
    />
  );
}
