package org.faultline.flink;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) started as a child JVM from the
 * {@code org.apache.kafka:kafka_2.13} artifact on the test class path: its storage formatted with
 * {@code kafka.tools.StorageTool}, then {@code kafka.Kafka} run on two free ports.
 */
final class KafkaBroker implements AutoCloseable {
    private final Process process;
    private final Path dir;
    final String bootstrap;

    private KafkaBroker(Process process, Path dir, String bootstrap) {
        this.process = process;
        this.dir = dir;
        this.bootstrap = bootstrap;
    }

    /**
     * The broker {@code .ci/kafka.sh} started (FAULTLINE_KAFKA=host:port, also from the Maven artifact), else one of
     * this test's own.
     */
    static KafkaBroker startOrFind() throws IOException, InterruptedException {
        String running = System.getenv("FAULTLINE_KAFKA");
        if (running == null || running.isBlank()) return start();
        KafkaBroker b = new KafkaBroker(null, null, running.trim());
        try (Admin a = b.admin()) {
            a.describeCluster().nodes().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("FAULTLINE_KAFKA=" + running + " does not answer as a Kafka broker", e);
        }
        return b;
    }

    static KafkaBroker start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("faultline-kafka");
        int port = freePort(), controller = freePort();
        Path props = dir.resolve("server.properties");
        Files.writeString(props, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=2",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=2",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                ""));
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process format = new ProcessBuilder(java, "-cp", cp, "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", props.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0)
            throw new IOException("formatting Kafka storage failed: " + Files.readString(dir.resolve("format.log")));
        Process p = new ProcessBuilder(java, "-Xmx768m", "-cp", cp, "kafka.Kafka", props.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("broker.log").toFile()).start();
        KafkaBroker b = new KafkaBroker(p, dir, "127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            if (!p.isAlive()) throw new IOException("Kafka broker exited: " + Files.readString(dir.resolve("broker.log")));
            try (Admin a = b.admin()) {
                a.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return b;
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    b.close();
                    throw new IOException("Kafka broker did not answer in 120 s on " + b.bootstrap, e);
                }
                Thread.sleep(500);
            }
        }
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000));
    }

    void createTopics(int partitions, String... names) throws Exception {
        try (Admin a = admin()) {
            a.createTopics(java.util.Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList()).all().get(60, TimeUnit.SECONDS);
            // a producer that writes before each partition has its leader gets NOT_LEADER and may retry for ever
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                boolean led = a.describeTopics(List.of(names)).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                        .flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (led) return;
                if (System.nanoTime() > deadline) throw new IllegalStateException("topics " + List.of(names) + " have no leader after 60 s");
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process == null) return;   // not ours to stop
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(dir.toFile());
    }

    private static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) for (File c : children) deleteTree(c);
        f.delete();
    }

}
