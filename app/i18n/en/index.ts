import { common } from "./common";

/**
 * The English catalogue. Each area of the service keeps its own file so that
 * translators (Welsh is next) can work one area at a time.
 */
export const en = {
  ...common,
} as const;
