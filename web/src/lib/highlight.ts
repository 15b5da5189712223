/**
 * Splits a text into plain and highlighted parts for the shared terms of a match. The parts are
 * rendered as text nodes (<mark> around hits), never as HTML.
 */
export interface TextPart {
  text: string;
  hit: boolean;
}

export interface SharedTerm {
  surface: string;
  term: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /^[\p{Script=Latin}\d\s-]+$/u;

/**
 * What to look for: the word as the need wrote it, and the analysed term (an English stem, e.g.
 * "dri" for "drying", or a Japanese base form) so the target's inflections are found too. A Latin
 * stem matches as the start of a word; Japanese has no word boundaries, so any occurrence counts.
 */
export function termPattern(terms: SharedTerm[]): RegExp | null {
  const alternatives = new Set<string>();
  for (const { surface, term } of terms) {
    for (const word of [surface, term]) {
      const w = word.trim();
      if (!w || (LATIN.test(w) && w.length < 3)) continue;
      alternatives.add(LATIN.test(w) ? `\\b${escape(w)}[\\p{L}\\p{N}]*` : escape(w));
    }
  }
  if (!alternatives.size) return null;
  // Longest first, so "heat pump" wins over "heat".
  const sorted = [...alternatives].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.join('|'), 'giu');
}

export function highlightParts(text: string, terms: SharedTerm[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern || !text) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (!match[0]) continue;
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
