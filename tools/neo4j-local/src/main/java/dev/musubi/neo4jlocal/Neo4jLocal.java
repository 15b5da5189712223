package dev.musubi.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 Community in this JVM with the Bolt connector on loopback, for development and tests.
 *
 * <p>Protocol with the Node side (src/infra/neo4j/local/neo4j-local.launcher.ts): once the default
 * database answers a query, one line {@code NEO4J_LOCAL_READY bolt://host:port} is printed on stdout.
 * The process stops cleanly on SIGTERM/SIGINT (JVM shutdown hook) and also when its stdin reaches EOF,
 * so a launcher whose Node parent died (even by SIGKILL) never outlives it.
 */
public final class Neo4jLocal {
    private Neo4jLocal() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = parsePort(require(opts, "port"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "128m"), "pagecache");
        boolean watchStdin = !"false".equals(opts.getOrDefault("watch-stdin", "true"));

        Files.createDirectories(home);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // Bolt's worker pool otherwise waits 5 s at every shutdown for jobs that, in a
                // local database stopped on purpose, are not there; measured: stop went from 6 s to 2.5 s.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.out.println("NEO4J_LOCAL_STOPPING");
                System.out.flush();
                service.shutdown();
                System.out.println("NEO4J_LOCAL_STOPPED");
                System.out.flush();
                done.countDown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (Transaction tx = db.beginTx()) {
            tx.execute("RETURN 1").close();
            tx.commit();
        }
        System.out.println("NEO4J_LOCAL_READY bolt://" + host + ":" + port);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) {
                        // The parent never writes; we only wait for EOF.
                    }
                } catch (IOException ignored) {
                    // A broken stdin means the parent is gone, as EOF does.
                }
                System.out.println("NEO4J_LOCAL_PARENT_GONE");
                System.exit(0);
            }, "neo4j-local-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        done.await();
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                fail("argument '" + arg + "' must look like --name=value");
            }
            int eq = arg.indexOf('=');
            opts.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null || value.isBlank()) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                fail("--port must be between 1 and 65535, got " + raw);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a whole number, got '" + raw + "'");
            return -1;
        }
    }

    /** Accepts sizes such as 512m or 1g, as Neo4j's own settings do. */
    static long parseBytes(String raw, String name) {
        String s = raw.trim().toLowerCase();
        long unit = 1;
        if (s.endsWith("k")) {
            unit = ByteUnit.kibiBytes(1);
        } else if (s.endsWith("m")) {
            unit = ByteUnit.mebiBytes(1);
        } else if (s.endsWith("g")) {
            unit = ByteUnit.gibiBytes(1);
        }
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n <= 0) {
                fail("--" + name + " must be positive, got " + raw);
            }
            return n * unit;
        } catch (NumberFormatException e) {
            fail("--" + name + " must be a size such as 256m or 1g, got '" + raw + "'");
            return -1;
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j-local: " + message);
        System.exit(2);
    }
}
