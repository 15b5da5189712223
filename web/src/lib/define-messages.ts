/**
 * One view's interface text in English and Japanese. `ja` must have every key of `en` (the type
 * checker says so), so neither language can fall behind. Keys start with the view's prefix
 * ("coord.", "company.") so that bundles never collide when lib/i18n.tsx joins them.
 */
export function defineMessages<E extends Record<string, string>>(messages: {
  en: E;
  ja: { [K in keyof E]: string };
}): { en: E; ja: { [K in keyof E]: string } } {
  return messages;
}
