import { Type } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { validationPipe } from '../validation/validation-pipe';
import { EntityReads } from './entity-reads';
import { Connection } from './pagination';
import { Req } from './request.decorator';
import { IdArg } from './uuid.pipe';

/** The two queries' names, and the list's description. */
export interface EntityQueryNames {
  list: string;
  listDescription?: string;
  one: string;
}

/**
 * The base of the resolver of an entity every signed-in user reads, with its two queries: `list`,
 * a page of the list (`args`: its filters, sort and page), and `one`, one by id (NOT_FOUND when
 * there is none). The resolver extends `EntityQueries(...)`, names its service `service`, and adds
 * its own fields and mutations. (NestJS's resolver inheritance: the queries keep their names.)
 */
export function EntityQueries<T extends { id: string }, A>(
  entity: Type<T>,
  connection: Type<Connection<T>>,
  args: Type<A>,
  names: EntityQueryNames,
) {
  @Resolver({ isAbstract: true })
  abstract class EntityQueriesResolver {
    protected abstract readonly service: EntityReads<T, A>;

    @Query(() => connection, { name: names.list, description: names.listDescription })
    list(@Args({ type: () => args }, validationPipe(args)) listArgs: A): Promise<Connection<T>> {
      return this.service.list(listArgs);
    }

    @Query(() => entity, { name: names.one })
    one(@IdArg() id: string, @Req() req: Request): Promise<T> {
      return this.service.get(req, id);
    }
  }
  return EntityQueriesResolver;
}
