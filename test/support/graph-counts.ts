import { Driver } from 'neo4j-driver';
import { counter } from './api-suite';

/**
 * How many times each named MATCH pattern matches: a snapshot of what a suite's writes touch, so a
 * test can compare it before and after a request (equal when the request was refused).
 */
export async function countEach<K extends string>(
  driver: Driver,
  patterns: Record<K, string>,
): Promise<Record<K, number>> {
  const counts = {} as Record<K, number>;
  for (const key of Object.keys(patterns) as K[]) counts[key] = await counter(driver)(patterns[key]);
  return counts;
}

/** The snapshot `counts` with `deltas` added (other counts unchanged): what it must read after a write. */
export function changedBy<K extends string>(
  counts: Record<K, number>,
  deltas: Partial<Record<K, number>>,
): Record<K, number> {
  const expected = { ...counts };
  for (const key of Object.keys(deltas) as K[]) expected[key] += deltas[key] ?? 0;
  return expected;
}
