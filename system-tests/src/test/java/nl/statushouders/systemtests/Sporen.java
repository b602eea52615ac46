package nl.statushouders.systemtests;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Traces of a person in the running platform: the values given are looked for, case-insensitively
 * and in readable form, in every row of every table of every database on the local PostgreSQL
 * (row as text, so every column), in every record of every Kafka topic (key, value and headers), and
 * in every log file the local stack writes. The result counts hits per place.
 */
final class Sporen {

    private static final String DB = "jdbc:postgresql://localhost:5432/";
    private static final String USER = "statushouders";
    private static final String PASSWORD = System.getProperty("bench.db-password", "statushouders");
    private static final Path LOGS = Path.of("..", ".local", "logs").toAbsolutePath().normalize();
    private static final List<String> CONSUMERS = List.of("assessment", "trajecten", "werkgevers", "monitoring");

    private Sporen() {
    }

    /** Hits per place ("database intake public.statushouder", "topic intake.events.v1", "log intake-service.log"). */
    record Resultaat(Map<String, Long> hits, int tabellen, List<String> topics, long records, int logs) {

        /** Places with more hits than in {@code eerder}. */
        List<String> meerDan(Resultaat eerder) {
            return hits.entrySet().stream().filter(e -> e.getValue() > eerder.hits.getOrDefault(e.getKey(), 0L))
                    .map(e -> e.getKey() + " (" + eerder.hits.getOrDefault(e.getKey(), 0L) + " -> " + e.getValue() + ")").toList();
        }

        String omvang() {
            return tabellen + " tables, " + topics.size() + " topics " + topics + " with " + records + " records, " + logs + " log files";
        }
    }

    static Resultaat scan(List<String> waarden) throws Exception {
        Map<String, Long> hits = new TreeMap<>();
        int tabellen = databases(waarden, hits);
        long[] records = {0};
        List<String> topics = topics(waarden, hits, records);
        int logs = logs(waarden, hits);
        return new Resultaat(hits, tabellen, topics, records[0], logs);
    }

    /** The consuming services that have applied the person's erasure. */
    static List<String> verwerktDoor(String statushouderId) throws Exception {
        List<String> klaar = new ArrayList<>();
        for (String db : CONSUMERS) {
            try (Connection c = DriverManager.getConnection(DB + db, USER, PASSWORD);
                 PreparedStatement s = c.prepareStatement("select 1 from verwijderde_statushouder where statushouder_id = ?")) {
                s.setObject(1, UUID.fromString(statushouderId));
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        klaar.add(db);
                    }
                }
            }
        }
        return klaar;
    }

    /** Rows holding the person's key in the key store (0 once destroyed). */
    static int sleutelVan(String statushouderId) throws Exception {
        try (Connection c = DriverManager.getConnection(DB + "sleutelkluis", USER, PASSWORD);
             PreparedStatement s = c.prepareStatement("select count(*) from persoonssleutel where persoon = ?")) {
            s.setObject(1, UUID.fromString(statushouderId));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int databases(List<String> waarden, Map<String, Long> hits) throws Exception {
        List<String> databases = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB + "postgres", USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select datname from pg_database where not datistemplate and datallowconn")) {
            while (r.next()) {
                databases.add(r.getString(1));
            }
        }
        int tabellen = 0;
        for (String db : databases) {
            try (Connection c = DriverManager.getConnection(DB + db, USER, PASSWORD)) {
                List<String> tables = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                        select format('%I.%I', table_schema, table_name) from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
                    while (r.next()) {
                        tables.add(r.getString(1));
                    }
                }
                for (String table : tables) {
                    tabellen++;
                    StringBuilder sql = new StringBuilder("select ");
                    for (int i = 0; i < waarden.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append("count(*) filter (where strpos(lower(t::text), ?) > 0)");
                    }
                    try (PreparedStatement s = c.prepareStatement(sql.append(" from ").append(table).append(" t").toString())) {
                        for (int i = 0; i < waarden.size(); i++) {
                            s.setString(i + 1, waarden.get(i).toLowerCase(Locale.ROOT));
                        }
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                            long n = 0;
                            for (int i = 0; i < waarden.size(); i++) {
                                n += r.getLong(i + 1);
                            }
                            if (n > 0) {
                                hits.put("database " + db + " " + table, n);
                            }
                        }
                    }
                }
            }
        }
        return tabellen;
    }

    private static List<String> topics(List<String> waarden, Map<String, Long> hits, long[] records) throws Exception {
        Properties p = Platform.kafka();
        List<String> topics;
        try (Admin admin = Admin.create(p)) {
            topics = admin.listTopics().names().get().stream().sorted().toList();
        }
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        p.put("max.poll.records", "2000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(i -> new TopicPartition(topic, i.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long n = 0;
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        records[0]++;
                        StringBuilder text = new StringBuilder(tekst(record.key())).append(' ').append(tekst(record.value()));
                        for (Header h : record.headers()) {
                            text.append(' ').append(h.key()).append('=').append(tekst(h.value()));
                        }
                        n += aantal(text.toString(), waarden);
                    }
                }
                if (n > 0) {
                    hits.put("topic " + topic, n);
                }
            }
        }
        return topics;
    }

    private static int logs(List<String> waarden, Map<String, Long> hits) throws Exception {
        if (!Files.isDirectory(LOGS)) {
            throw new IllegalStateException("No logs of the local stack at " + LOGS);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(LOGS)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            long n;
            try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                n = lines.mapToLong(line -> aantal(line, waarden)).sum();
            }
            if (n > 0) {
                hits.put("log " + file.getFileName(), n);
            }
        }
        return files.size();
    }

    private static long aantal(String text, List<String> waarden) {
        String lower = text.toLowerCase(Locale.ROOT);
        return waarden.stream().filter(w -> lower.contains(w.toLowerCase(Locale.ROOT))).count();
    }

    private static String tekst(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
