import { z } from "zod";
import { key, newPasswordFields, passwordsMatch } from "./fields";

export const signInSchema = z.object({
  email: z
    .string({ error: key("auth.signIn.email.required") })
    .trim()
    .toLowerCase(),
  password: z.string({ error: key("auth.signIn.password.required") }),
  redirectTo: z.string().optional(),
});

export const totpCodeSchema = z.object({
  code: z
    .string({ error: key("auth.twoFactor.code.required") })
    .transform((value) => value.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, key("auth.twoFactor.code.format"))),
  redirectTo: z.string().optional(),
});

export const recoveryCodeSchema = z.object({
  code: z.string({ error: key("auth.recoveryCode.required") }).trim(),
  redirectTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({
  email: z
    .string({ error: key("auth.forgot.email.required") })
    .trim()
    .toLowerCase()
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, key("auth.forgot.email.invalid")),
});

export const newPasswordSchema = z.object(newPasswordFields).superRefine(passwordsMatch);

export const changePasswordSchema = z
  .object({ currentPassword: z.string({ error: key("auth.changePassword.current.required") }), ...newPasswordFields })
  .superRefine(passwordsMatch);
