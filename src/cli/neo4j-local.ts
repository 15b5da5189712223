import { ConfigError, loadConfig } from '../config/app-config';
import { startLocalNeo4j } from '../infra/neo4j/local/neo4j-local.launcher';

/** `npm run neo4j:local`: only the local Neo4j, in the foreground, until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    home: config.local.neo4jHome,
    port: config.local.neo4jPort,
    heap: config.local.neo4jHeap,
    pageCache: config.local.neo4jPageCache,
    log: console.log,
  });
  console.log(`Neo4j 5.26 ready at ${neo4j.uri} after ${neo4j.startupMs} ms (pid ${neo4j.pid}); Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await neo4j.exited;
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
});
