import { readFileSync } from "node:fs";
import path from "node:path";

import { passwordMaxLength, passwordMinLength } from "./password-rules";

/** The list shipped in config/, where a council may add its own; read once, when first needed. */
const commonPasswordsFile = path.resolve("config/common-passwords.txt");
let commonPasswords: Set<string> | undefined;

function commonPasswordList(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(commonPasswordsFile, "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith("#")),
  );
  return commonPasswords;
}

export type PasswordProblem = "auth.password.tooShort" | "auth.password.tooLong" | "auth.password.common";

/**
 * Why a new password is refused, or null. A common password stays common with
 * digits or symbols on the end, and in any case ("Password123456!").
 */
export function passwordProblem(password: string): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return "auth.password.tooShort";
  if (password.length > passwordMaxLength) return "auth.password.tooLong";
  const lower = password.toLowerCase();
  const list = commonPasswordList();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  const unrepeated = /^(.+?)\1+$/u.exec(lower)?.[1];
  if (list.has(lower) || (stem.length >= 4 && list.has(stem)) || (unrepeated && list.has(unrepeated))) {
    return "auth.password.common";
  }
  return null;
}
