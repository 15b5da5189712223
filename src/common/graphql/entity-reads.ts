import type { Request } from 'express';
import { Connection } from './pagination';
import { loaderFor } from './request-loaders';

/** What an entity service reads through: its repository's list pages and batched read by ids. */
export interface EntitySource<T extends { id: string }, A> {
  list(args: A): Promise<Connection<T>>;
  findByIds(ids: readonly string[]): Promise<T[]>;
}

/** The NOT_FOUND error of an entity, naming the argument that carried the unknown id. */
export type NotFoundErrorClass = new (id: string, field?: string) => Error;

/**
 * The reads every entity service answers the same way: a page of the list (`list`), one entity by
 * id, batched per request for nested fields (`load`, `loadAll`, `get`), or straight from the
 * repository for writes (`findById`, `mustFind`). `get` and `mustFind` throw the entity's NOT_FOUND
 * error with the argument's name.
 */
export abstract class EntityReads<T extends { id: string }, A> {
  protected constructor(
    private readonly source: EntitySource<T, A>,
    /** The request-scoped loader's name: one per entity type. */
    private readonly loaderName: string,
    private readonly NotFound: NotFoundErrorClass,
  ) {}

  list(args: A): Promise<Connection<T>> {
    return this.source.list(args);
  }

  async get(req: Request, id: string, field = 'id'): Promise<T> {
    const entity = await this.load(req, id);
    if (!entity) throw new this.NotFound(id, field);
    return entity;
  }

  /** Null for no id, as for an unknown one: for a nested field whose id may be missing. */
  async load(req: Request, id: string | null | undefined): Promise<T | null> {
    if (!id) return null;
    return loaderFor(req, this.loaderName, (ids) => this.source.findByIds(ids)).load(id);
  }

  /** The entities found among `ids`, in their order: for a nested list field. */
  async loadAll(req: Request, ids: readonly string[]): Promise<T[]> {
    const found: (T | null)[] = await Promise.all(ids.map((id) => this.load(req, id)));
    return found.filter((entity): entity is T => entity !== null);
  }

  async findById(id: string): Promise<T | null> {
    return (await this.source.findByIds([id]))[0] ?? null;
  }

  /** The entity, or its NOT_FOUND error naming `field`, the argument that carried the id. */
  async mustFind(id: string, field = 'id'): Promise<T> {
    const entity = await this.findById(id);
    if (!entity) throw new this.NotFound(id, field);
    return entity;
  }
}

/** What a service of entities each viewer sees a part of reads through. */
export interface VisibleEntitySource<T extends { id: string }, A, V> {
  list(args: A, viewer: V): Promise<Connection<T>>;
  findVisible(ids: readonly string[], viewer: V): Promise<T[]>;
}

/**
 * The reads of an entity each viewer sees a part of: what the viewer may not see answers the same
 * NOT_FOUND as what does not exist, so its existence is not revealed.
 */
export abstract class VisibleEntityReads<T extends { id: string }, A, V> {
  protected constructor(
    private readonly source: VisibleEntitySource<T, A, V>,
    private readonly loaderName: string,
    private readonly NotFound: NotFoundErrorClass,
  ) {}

  list(args: A, viewer: V): Promise<Connection<T>> {
    return this.source.list(args, viewer);
  }

  /** A request has one viewer, so the request's loader may filter by that viewer's visibility. */
  async get(id: string, viewer: V, req?: Request): Promise<T> {
    const entity = req
      ? await loaderFor(req, this.loaderName, (ids) => this.source.findVisible(ids, viewer)).load(id)
      : (await this.source.findVisible([id], viewer))[0];
    if (!entity) throw new this.NotFound(id);
    return entity;
  }
}
