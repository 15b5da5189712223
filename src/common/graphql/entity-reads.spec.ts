import type { Request } from 'express';
import { EntityReads, EntitySource } from './entity-reads';

class ThingNotFoundError extends Error {
  constructor(
    readonly id: string,
    readonly field = 'id',
  ) {
    super(`No thing with id ${id}`);
  }
}

interface Thing {
  id: string;
}

class ThingsService extends EntityReads<Thing, unknown> {
  constructor(source: EntitySource<Thing, unknown>) {
    super(source, 'thing', ThingNotFoundError);
  }

  find(id: string, field?: string): Promise<Thing> {
    return this.mustFind(id, field);
  }
}

function serviceOver(stored: string[]) {
  const calls: (readonly string[])[] = [];
  const service = new ThingsService({
    list: () => Promise.resolve({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }),
    findByIds: (ids) => {
      calls.push(ids);
      return Promise.resolve(ids.filter((id) => stored.includes(id)).map((id) => ({ id })));
    },
  });
  return { service, calls };
}

describe('EntityReads', () => {
  it('batches the loads of one request into one read and answers null for unknown ids', async () => {
    const { service, calls } = serviceOver(['a', 'b']);
    const req = {} as Request;
    await expect(
      Promise.all([service.load(req, 'a'), service.load(req, 'b'), service.load(req, 'x')]),
    ).resolves.toEqual([{ id: 'a' }, { id: 'b' }, null]);
    expect(calls).toEqual([['a', 'b', 'x']]);
  });

  it('answers null for no id without a read, and loadAll keeps the entities found, in order', async () => {
    const { service, calls } = serviceOver(['a', 'b']);
    const req = {} as Request;
    await expect(service.load(req, null)).resolves.toBeNull();
    await expect(service.loadAll(req, ['b', 'x', 'a'])).resolves.toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(calls).toEqual([['b', 'x', 'a']]);
  });

  it('get and mustFind throw the entity error naming the argument', async () => {
    const { service } = serviceOver(['a']);
    await expect(service.get({} as Request, 'a')).resolves.toEqual({ id: 'a' });
    await expect(service.get({} as Request, 'x', 'thingId')).rejects.toMatchObject({ id: 'x', field: 'thingId' });
    await expect(service.find('x')).rejects.toMatchObject({ id: 'x', field: 'id' });
    await expect(service.findById('x')).resolves.toBeNull();
  });
});
