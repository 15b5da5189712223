import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const neo4j = globalThis.__MUSUBI_TEST_NEO4J__;
  if (neo4j) {
    await neo4j.stop();
    rmSync(neo4j.home, { recursive: true, force: true });
  }
  await globalThis.__MUSUBI_TEST_REDIS__?.stop();
}
