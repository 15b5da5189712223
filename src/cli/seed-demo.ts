import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config';
import { describeDemoLoad, loadDemoIfEmpty } from '../modules/demo/load-demo';

/**
 * `npm run seed:demo`: loads the demo region into the Neo4j at NEO4J_URI when its network is
 * empty. A populated graph is not an error: it says it skipped and exits 0.
 */
async function main(): Promise<void> {
  const config = loadConfig({ LOG_FORMAT: 'text', ...process.env });
  const report = await loadDemoIfEmpty(config);
  console.log(`${describeDemoLoad(report)} (Neo4j at ${config.neo4j.uri})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
});
