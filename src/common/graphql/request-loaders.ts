import DataLoader from 'dataloader';
import type { Request } from 'express';

type Loaders = Map<string, DataLoader<string, unknown>>;
const LOADERS = Symbol('musubi:loaders');

/**
 * One DataLoader per name per request (kept on the request object), so nested fields of a list
 * are fetched in one query per level instead of one per parent. `fetch` gets the distinct ids
 * and returns the items found; ids without an item resolve to null.
 */
export function loaderFor<V extends { id: string }>(
  req: Request,
  name: string,
  fetch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  const holder = req as Request & { [LOADERS]?: Loaders };
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = new Map((await fetch(ids)).map((item) => [item.id, item]));
      return ids.map((id) => found.get(id) ?? null);
    });
    holder[LOADERS].set(name, loader);
  }
  return loader;
}

/** Groups child rows by parent id, for loaders of one-to-many fields. */
export function loaderForMany<V>(
  req: Request,
  name: string,
  fetch: (parentIds: readonly string[]) => Promise<{ parentId: string; item: V }[]>,
): DataLoader<string, V[]> {
  const holder = req as Request & { [LOADERS]?: Loaders };
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(name) as DataLoader<string, V[]> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V[]>(async (parentIds) => {
      const groups = new Map<string, V[]>(parentIds.map((id) => [id, []]));
      for (const row of await fetch(parentIds)) groups.get(row.parentId)?.push(row.item);
      return parentIds.map((id) => groups.get(id) ?? []);
    });
    holder[LOADERS].set(name, loader);
  }
  return loader;
}
