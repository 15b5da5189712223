import { Driver, Neo4jError } from 'neo4j-driver';
import { AppConfig } from '../../config/app-config';
import { Neo4jService } from './neo4j.service';

/** A driver whose sessions answer `run` from a script of results and errors, in order. */
function scriptedDriver(script: (Error | { records: unknown[] })[]) {
  const calls: { query: string; config: unknown }[] = [];
  let closed = 0;
  const driver = {
    session: () => ({
      run: async (query: string, _params: unknown, config: unknown) => {
        calls.push({ query, config });
        const next = script.shift();
        if (!next) throw new Error('script exhausted');
        if (next instanceof Error) throw next;
        return next;
      },
      close: async () => {
        closed++;
      },
    }),
  } as unknown as Driver;
  return { driver, calls, closed: () => closed };
}

const config = { neo4j: { database: 'neo4j', transactionTimeoutMs: 1234 } } as AppConfig;

describe('Neo4jService.readOne', () => {
  it('runs one auto-commit statement with the transaction timeout and closes its session', async () => {
    const { driver, calls, closed } = scriptedDriver([{ records: ['row'] }]);
    const result = await new Neo4jService(driver, config).readOne('RETURN 1', {});
    expect(result.records).toEqual(['row']);
    expect(calls).toEqual([{ query: 'RETURN 1', config: { timeout: 1234 } }]);
    expect(closed()).toBe(1);
  });

  it('runs the statement again after a retryable error, in a new session', async () => {
    const deadlock = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'deadlock');
    const { driver, calls, closed } = scriptedDriver([deadlock, { records: ['row'] }]);
    const result = await new Neo4jService(driver, config).readOne('RETURN 1');
    expect(result.records).toEqual(['row']);
    expect(calls).toHaveLength(2);
    expect(closed()).toBe(2);
  });

  it('fails at once on an error that is not retryable', async () => {
    const syntax = new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
    const { driver, calls } = scriptedDriver([syntax, { records: ['never'] }]);
    await expect(new Neo4jService(driver, config).readOne('RETURN')).rejects.toBe(syntax);
    expect(calls).toHaveLength(1);
  });
});
