// govuk-frontend ships JavaScript without type declarations; this is the one function the app calls.
declare module "govuk-frontend" {
  export function initAll(options?: { onError?: (error: unknown) => void }): void;
}
