/**
 * Abbreviation definitions of the form "long form (SHORT)", found as Schwartz and Hearst do
 * ("A simple algorithm for identifying abbreviation definitions in biomedical text", 2003): the
 * short form's letters must appear in order in the words before the parenthesis, its first letter
 * at the start of a word, within min(|S| + 5, 2|S|) words.
 */
export function findAbbreviations(text: string): { short: string; long: string }[] {
  const found: { short: string; long: string }[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const short = match[1].split(/[;,]/)[0].trim();
    if (!isShortForm(short)) continue;
    const before = text.slice(0, match.index).split(SENTENCE_END).pop() ?? '';
    const words = before.trim().split(/\s+/).filter(Boolean);
    const window = Math.min(short.length + 5, short.length * 2);
    const long = bestLongForm(short, words.slice(-window).join(' '));
    if (long && long.length > short.length && long.split(' ').length <= window) found.push({ short, long });
  }
  return found;
}

const PARENTHESIS = /\(([^()]{2,12})\)/g;
// A sentence (or an earlier parenthesis) ends where the long form may start at the latest.
const SENTENCE_END = /[.;:!?)\]]\s/;
const ALNUM = /[\p{L}\p{N}]/u;

/** 2 to 10 characters, at most two words, starting with a letter or digit and holding a capital. */
function isShortForm(short: string): boolean {
  return (
    short.length >= 2 &&
    short.length <= 10 &&
    short.split(/\s+/).length <= 2 &&
    ALNUM.test(short[0]) &&
    /\p{Lu}/u.test(short)
  );
}

/** The shortest tail of `long` whose words spell out `short` (Schwartz-Hearst's matching). */
function bestLongForm(short: string, long: string): string | null {
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s].toLowerCase();
    if (!ALNUM.test(c)) continue;
    // The first letter of the short form must begin a word of the long form.
    while (l >= 0 && (long[l].toLowerCase() !== c || (s === 0 && l > 0 && ALNUM.test(long[l - 1])))) l--;
    if (l < 0) return null;
    l--;
  }
  return long.slice(long.lastIndexOf(' ', l) + 1);
}
