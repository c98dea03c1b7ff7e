import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { signInWithTotp } from "~/auth/sign-in.server";
import { CodeInput } from "~/components/auth/code-input";
import { SignInCodePage } from "~/components/auth/sign-in-code-page";
import { totpCodeSchema } from "~/forms/auth/sign-in";
import { pageTitle } from "~/i18n/page-title";
import { useT } from "~/i18n/use-t";
import { requirePasswordStepPassed, signInWithCodeAction } from "~/route-support/sign-in-code.server";

export const handle = { titleKey: "auth.twoFactor.title" };
export const meta: MetaFunction = () => [{ title: pageTitle("auth.twoFactor.title") }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePasswordStepPassed(request);
  return null;
}

export function action(args: ActionFunctionArgs) {
  return signInWithCodeAction(args, totpCodeSchema, signInWithTotp, {
    invalid: "auth.twoFactor.code.invalid",
    replayed: "auth.twoFactor.code.replayed",
  });
}

export default function TwoFactor() {
  const t = useT();
  return (
    <SignInCodePage
      id="sign-in-two-factor"
      titleKey="auth.twoFactor.title"
      hint={t("auth.twoFactor.hint")}
      lastResult={useActionData<typeof action>()}
      codeBox={(form) => (
        <CodeInput key={form.replyKey} label={t("auth.twoFactor.code.label")} {...form.field("code")} />
      )}
      otherWay={{ path: "/sign-in/recovery-code", text: t("auth.twoFactor.useRecoveryCode") }}
    />
  );
}
