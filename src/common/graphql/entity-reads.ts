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
 * id, batched per request for nested fields (`load`, `get`), or straight from the repository for
 * writes (`findById`, `mustFind`). `get` and `mustFind` throw the entity's NOT_FOUND error with the
 * argument's name.
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

  load(req: Request, id: string): Promise<T | null> {
    return loaderFor(req, this.loaderName, (ids) => this.source.findByIds(ids)).load(id);
  }

  async findById(id: string): Promise<T | null> {
    return (await this.source.findByIds([id]))[0] ?? null;
  }

  protected async mustFind(id: string, field = 'id'): Promise<T> {
    const entity = await this.findById(id);
    if (!entity) throw new this.NotFound(id, field);
    return entity;
  }
}
