import { Input } from "~/components/govuk/input";

/** A one-time code box, as GOV.UK's "confirm a phone number" pattern: numeric keyboard, filled in by the phone. */
export function CodeInput({ label, hint, error }: { label: string; hint?: string; error?: string }) {
  return (
    <Input
      id="code"
      name="code"
      label={label}
      labelSize="s"
      hint={hint}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      width="5"
    />
  );
}
