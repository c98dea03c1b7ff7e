// `npm run otp -- <email>`: the current two-factor code of a demo account, for trying the portal without a phone.
import { generateTOTP } from "@oslojs/otp";
import { demoAccounts } from "../db/seed/demo-accounts";
import { demoTotpSecret } from "../db/seed/demo-two-factor";

if (process.env.NODE_ENV === "production") {
  console.error("npm run otp is for the demo council only, and refuses to run when NODE_ENV=production.");
  process.exit(1);
}
const email = process.argv[2]?.trim().toLowerCase();
const account = demoAccounts.find((candidate) => candidate.email === email);
if (!account) {
  console.error("Usage: npm run otp -- <email of a demo account>\n\nDemo accounts:");
  for (const demo of demoAccounts) console.error(`  ${demo.email}`);
  process.exit(1);
}
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(generateTOTP(demoTotpSecret(account.email), 30, 6));
console.error(`(${account.name}, ${account.role}: valid for ${secondsLeft} more seconds, and once only)`);
