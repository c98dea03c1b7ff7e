import type { ThresholdDescriptor, ThresholdDocument } from "./document";

type DescriptorField = "keywords" | "text" | "examples";

export interface DescriptorSearchFilters {
  domain?: string;
  level?: number;
}

export interface DescriptorMatch {
  descriptor: ThresholdDescriptor;
  score: number;
  matchedIn: DescriptorField[];
}

/**
 * Keywords are the council's own signposts ("CSE", "county lines"), so a hit
 * there counts most; the descriptor text next; examples least, because they
 * mention many things in passing. A whole word beats the start of a word.
 */
const weights: Record<DescriptorField, { word: number; prefix: number }> = {
  keywords: { word: 6, prefix: 4 },
  text: { word: 3, prefix: 2 },
  examples: { word: 2, prefix: 1 },
};
const phraseBonus = 5;

/**
 * Finds descriptors for a referrer typing what worries them. Every word of the
 * query must match (so adding words narrows the list), each as a whole word or
 * the start of one, ignoring case, accents and apostrophes. Results are best
 * first, then in document order (which runs from lowest level to highest). An
 * empty query lists every descriptor that passes the filters.
 */
export function searchDescriptors(
  document: ThresholdDocument,
  query: string,
  filters: DescriptorSearchFilters = {},
): DescriptorMatch[] {
  const candidates = document.descriptors.filter(
    (descriptor) =>
      (filters.domain === undefined || descriptor.domain === filters.domain) &&
      (filters.level === undefined || descriptor.level === filters.level),
  );
  const terms = words(query);
  if (terms.length === 0) {
    return candidates.map((descriptor) => ({ descriptor, score: 0, matchedIn: [] }));
  }
  const phrase = terms.join(" ");

  const matches: DescriptorMatch[] = [];
  for (const descriptor of candidates) {
    const fields: Record<DescriptorField, string[][]> = {
      keywords: (descriptor.keywords ?? []).map(words),
      text: [words(descriptor.text)],
      examples: (descriptor.examples ?? []).map(words),
    };
    let score = 0;
    const matchedIn = new Set<DescriptorField>();
    const everyTermMatches = terms.every((term) => {
      const best = bestFieldScore(term, fields);
      if (!best) return false;
      score += best.score;
      matchedIn.add(best.field);
      return true;
    });
    if (!everyTermMatches) continue;
    if (terms.length > 1) {
      for (const field of Object.keys(fields) as DescriptorField[]) {
        if (fields[field].some((fieldWords) => ` ${fieldWords.join(" ")} `.includes(` ${phrase}`)))
          score += phraseBonus;
      }
    }
    matches.push({ descriptor, score, matchedIn: [...matchedIn] });
  }
  // Array.prototype.sort is stable, so equal scores keep document order.
  return matches.sort((a, b) => b.score - a.score);
}

function bestFieldScore(
  term: string,
  fields: Record<DescriptorField, string[][]>,
): { field: DescriptorField; score: number } | undefined {
  const variants = termVariants(term);
  let best: { field: DescriptorField; score: number } | undefined;
  for (const field of Object.keys(fields) as DescriptorField[]) {
    for (const fieldWords of fields[field]) {
      for (const word of fieldWords) {
        const score = variants.includes(word)
          ? weights[field].word
          : variants.some((variant) => word.startsWith(variant))
            ? weights[field].prefix
            : 0;
        if (score > (best?.score ?? 0)) best = { field, score };
      }
    }
  }
  return best;
}

/** Lets "injuries" find "injury" and "drugs" find "drug"; prefix matching already lets "drug" find "drugs". */
function termVariants(term: string): string[] {
  if (term.length > 4 && term.endsWith("ies")) return [term, `${term.slice(0, -3)}y`];
  if (term.length > 3 && term.endsWith("s") && !term.endsWith("ss")) return [term, term.slice(0, -1)];
  return [term];
}

/** "Child’s self-harm" becomes ["childs", "self", "harm"]: accents and apostrophes go, other punctuation splits words. */
function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}
