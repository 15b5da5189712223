import { ManagedTransaction } from 'neo4j-driver';
import { toJs } from './neo4j-values';

/**
 * Rows per statement when many rows are written by one UNWIND statement: large enough that a
 * 5,000-row import is ten round trips, small enough that one statement's parameters and its
 * transaction state stay small.
 */
export const ROWS_PER_STATEMENT = 500;

/**
 * Runs `statement`, which must `UNWIND $rows AS row` and return one record per row with `row.i AS
 * i`, over `rows` in consecutive batches inside the transaction `tx`; returns each row's record (as
 * JS values) in the order of `rows`, whatever order the server returned them in.
 */
export async function runRowBatches<T>(
  tx: ManagedTransaction,
  statement: string,
  rows: readonly object[],
  params: Record<string, unknown>,
  size = ROWS_PER_STATEMENT,
): Promise<T[]> {
  const out: T[] = new Array<T>(rows.length);
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size).map((row, k) => ({ ...row, i: start + k }));
    const result = await tx.run(statement, { ...params, rows: batch });
    for (const record of result.records) {
      const value = toJs(record.toObject()) as T & { i: number };
      out[value.i] = value;
    }
  }
  return out;
}
