/**
 * Checks `GET /health/ready` at `url`: 200, Neo4j, the graph schema and Redis up, and `workers` (0 or
 * 1) workers seen on each queue, which the check reports without requiring them.
 */
export async function expectReady(url: string, workers: 0 | 1): Promise<void> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({
    status: 'ready',
    checks: { neo4j: 'up', graphSchema: 'up', redis: 'up', workers: workers ? 'up' : 'none' },
    workers: { system: workers, matching: workers, notifications: workers },
  });
}
