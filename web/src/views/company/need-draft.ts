/**
 * A half-typed need survives a reload: the form's draft is kept in localStorage per user and need
 * ("new" for a need not saved yet), cleared on save or on "discard draft". The page warns before
 * unloading while the form differs from what is saved.
 */
import { useEffect } from 'react';
import type { NeedDraft } from './need-rules';

const PREFIX = 'musubi.needDraft';
const keyOf = (userId: string, needId: string | null) => `${PREFIX}.${userId}.${needId ?? 'new'}`;

export const needDrafts = {
  load(userId: string, needId: string | null): NeedDraft | null {
    try {
      const raw = localStorage.getItem(keyOf(userId, needId));
      return raw ? (JSON.parse(raw) as NeedDraft) : null;
    } catch {
      return null;
    }
  },
  save(userId: string, needId: string | null, draft: NeedDraft): void {
    try {
      localStorage.setItem(keyOf(userId, needId), JSON.stringify(draft));
    } catch {
      // A full or disabled storage loses the draft, not the form: the reader keeps typing.
    }
  },
  clear(userId: string, needId: string | null): void {
    localStorage.removeItem(keyOf(userId, needId));
  },
};

export function sameDraft(a: NeedDraft, b: NeedDraft): boolean {
  return (Object.keys(a) as (keyof NeedDraft)[]).every((field) => a[field] === b[field]);
}

/** While `active`, leaving or reloading the page asks the browser's own "leave this page?" question. */
export function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
