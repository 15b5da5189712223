import { Language } from './token';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー々〆]/u;
const LATIN = /\p{Script=Latin}/u;
const PLAIN_ASCII = /^[\x20-\x7E\t\n\r]*$/;

/**
 * Which analysis a text needs: Japanese (any kana or kanji), English (Latin letters), both, or
 * none (digits, emoji, other scripts only). Counted over letters, not bytes.
 */
export function detectLanguage(text: string): Language {
  let japanese = 0;
  let latin = 0;
  for (const ch of text) {
    if (JAPANESE.test(ch)) japanese++;
    else if (LATIN.test(ch)) latin++;
  }
  if (japanese === 0 && latin === 0) return 'none';
  if (japanese === 0) return 'en';
  if (latin === 0) return 'ja';
  // A kanji or kana carries about as much as three Latin letters: a few Latin words inside
  // Japanese text (IoT, AI) keep it Japanese; a real mixture is both.
  return latin / (latin + 3 * japanese) < 0.25 ? 'ja' : 'mixed';
}

/**
 * Text normalised for analysis: NFKC (full-width Latin and digits to half-width, half-width
 * katakana to full-width), control characters and zero-width/bidi marks removed.
 */
export function normalize(text: string): string {
  // Printable ASCII (and tab, newline) is its own NFKC form and holds no control character: most
  // English text takes this path and skips ICU.
  if (PLAIN_ASCII.test(text)) return text;
  return (
    text
      .normalize('NFKC')
      // eslint-disable-next-line no-control-regex -- control and invisible formatting characters become spaces
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g, ' ')
  );
}
