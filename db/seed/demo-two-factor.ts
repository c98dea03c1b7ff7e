import { sha256 } from "@oslojs/crypto/sha2";
import type { Role } from "../../app/domain/roles";

/**
 * Demo accounts' authenticator secrets are fixed (derived from the email), so
 * that `npm run otp -- <email>` can print the current code without a phone.
 * Never used outside the demo seed, which refuses to run in production.
 */
export function demoTotpSecret(email: string): Uint8Array {
  return sha256(new TextEncoder().encode(`front-door demo two-factor secret for ${email}`)).slice(0, 20);
}

/** Which demo accounts get two-factor: everyone, except partners when the council has relaxed it for them. */
export function demoAccountHasTwoFactor(role: Role, partnerTwoFactorRequired: boolean): boolean {
  return role !== "partner" || partnerTwoFactorRequired;
}
