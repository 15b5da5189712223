/**
 * Interface text in English and Japanese, joined from each view's bundle (its messages.ts, built
 * with defineMessages). The choice is kept in localStorage; the first visit follows the browser's
 * language.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { companyMessages } from '../views/company/messages';
import { explorerMessages } from '../views/explorer/messages';
import { matchMessages } from '../views/match/messages';
import { notificationMessages } from '../views/notifications/messages';
import { pipelineMessages } from '../views/pipeline/messages';
import { signInMessages } from '../views/signin/messages';
import { commonMessages } from './messages';

const BUNDLES = [
  commonMessages,
  signInMessages,
  pipelineMessages,
  matchMessages,
  companyMessages,
  explorerMessages,
  notificationMessages,
] as const;
type Bundle = (typeof BUNDLES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

const en = Object.assign({}, ...BUNDLES.map((b) => b.en)) as UnionToIntersection<Bundle['en']>;
export type MessageKey = keyof typeof en;
const ja = Object.assign({}, ...BUNDLES.map((b) => b.ja)) as Record<MessageKey, string>;

export type Lang = 'en' | 'ja';
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ja };
const LANG_KEY = 'musubi.lang';

export function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'ja') return saved;
  return navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Fills {name} placeholders; the result is plain text (React escapes it when rendered). */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  // Before paint, so the first frame already uses the glyphs and hyphenation of the chosen language.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** Whether a key built at run time (from an API's value) has a text. */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** Dynamic keys (enum values from the API) checked against the dictionary, falling back to the raw value. */
export function enumLabel(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}
