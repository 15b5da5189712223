import { randomUUID } from 'node:crypto';
import { Driver, Integer } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { transactionTimedOut } from '../../src/common/graphql/format-error';
import { Neo4jService } from '../../src/infra/neo4j/neo4j.service';
import { testDriver } from '../support/services';
import { testConfig } from '../support/test-env';

/**
 * Every transaction the service runs carries NEO4J_TRANSACTION_TIMEOUT_MS, so one stuck behind a
 * lock that another client never lets go of fails (and its caller retries) instead of hanging a
 * request or a worker's job for good.
 */
describe('Neo4j transactions end at the configured timeout', () => {
  let config: AppConfig;
  let holderDriver: Driver;
  let serviceDriver: Driver;
  let service: Neo4jService;
  const id = randomUUID();

  beforeAll(async () => {
    config = await testConfig({ NEO4J_TRANSACTION_TIMEOUT_MS: '1500' });
    expect(config.neo4j.transactionTimeoutMs).toBe(1500);
    holderDriver = testDriver(config);
    serviceDriver = testDriver(config);
    service = new Neo4jService(serviceDriver, config);
    await holderDriver.executeQuery('CREATE (:TxTimeoutProbe {id: $id, value: 0})', { id });
  });

  afterAll(async () => {
    await holderDriver.executeQuery('MATCH (n:TxTimeoutProbe {id: $id}) DELETE n', { id });
    await holderDriver.close();
    await serviceDriver.close();
  });

  it('fails a write that waits on a lock held by an open transaction, leaves nothing half-written, and works once the lock is free', async () => {
    const session = holderDriver.session();
    const holder = session.beginTransaction();
    try {
      await holder.run('MATCH (n:TxTimeoutProbe {id: $id}) SET n.value = 1', { id });
      const started = Date.now();
      const error = await service
        .write(async (tx) => {
          await tx.run('CREATE (:TxTimeoutProbe {id: $other, value: 9})', { other: `${id}-half` });
          await tx.run('MATCH (n:TxTimeoutProbe {id: $id}) SET n.value = 2', { id });
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      console.log(
        `transaction timeout 1500 ms: the blocked write failed after ${Date.now() - started} ms with ${(error as { code?: string })?.code}: ${(error as Error)?.message}`,
      );
      expect(error).not.toBeNull();
      expect(transactionTimedOut(error)).toBe(true);
    } finally {
      await holder.rollback();
      await session.close();
    }
    const probe = async () =>
      (
        await holderDriver.executeQuery(
          'MATCH (n:TxTimeoutProbe) WHERE n.id STARTS WITH $id RETURN n.id AS id, n.value AS value ORDER BY id',
          { id },
        )
      ).records.map((r) => [r.get('id') as string, (r.get('value') as Integer).toNumber()]);
    expect(await probe()).toEqual([[id, 0]]);

    await service.write((tx) => tx.run('MATCH (n:TxTimeoutProbe {id: $id}) SET n.value = 2', { id }));
    expect(await probe()).toEqual([[id, 2]]);
  });
});
