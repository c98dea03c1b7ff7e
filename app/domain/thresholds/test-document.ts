import northmoor from "../../../config/threshold-documents/northmoor-2026.json";
import { parseThresholdDocument, type ThresholdDocument } from "./document";

/** The shipped Northmoor document, parsed, for tests that need a real one. */
export function northmoorDocument(): ThresholdDocument {
  const result = parseThresholdDocument(structuredClone(northmoor));
  if (!result.ok) throw new Error(`The default threshold document does not parse:\n${result.errors.join("\n")}`);
  return result.document;
}
