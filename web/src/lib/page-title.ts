/**
 * A view may name its object in the tab title ("Drying line × Low-temperature dryer · Musubi")
 * instead of its route's title: it calls usePageTitle(name); App reads useTitleOverride(). The
 * override ends when the view unmounts or passes null.
 */
import { useEffect, useSyncExternalStore } from 'react';

let current: string | null = null;
const listeners = new Set<() => void>();

function set(title: string | null): void {
  current = title;
  listeners.forEach((listener) => listener());
}

export function usePageTitle(title: string | null): void {
  useEffect(() => {
    set(title);
    return () => set(null);
  }, [title]);
}

export function useTitleOverride(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
