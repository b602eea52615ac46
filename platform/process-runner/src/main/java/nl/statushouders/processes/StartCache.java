package nl.statushouders.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a service's JVM learnt at its last start, kept for the next one. The first start records the
 * classes the service loads (the JVM writes them when it stops cleanly); later starts map them from
 * that file instead of finding, parsing and verifying each class again. On Java 25 and later it is
 * the ahead-of-time cache (JEP 483/514: classes loaded and linked, and the method profiles of JEP 515);
 * on Java 17 a dynamic AppCDS archive. A rebuilt jar gets a new file; the JVM itself also refuses a
 * file that does not match its class path and then starts without it, so a stale file costs nothing.
 */
public final class StartCache {

    private final Path dir;

    public StartCache(Path dir) {
        this.dir = dir;
    }

    /** How one start uses the cache: its JVM options, and what to do once the JVM has stopped cleanly. */
    public record Use(List<String> jvmOptions, Runnable afterCleanStop) {
    }

    /**
     * Uses the file of {@code name} from {@code jar} when it is there; otherwise records one when
     * {@code record} (one instance per service records: two JVMs writing one file would spoil it). The
     * JVM writes it while stopping, under a temporary name that becomes the real one only after a clean
     * stop: a JVM killed halfway leaves no half-written file to be used.
     */
    public Use use(String name, Path jar, boolean record) {
        int java = Runtime.version().feature();
        boolean aot = java >= 25;
        Path file;
        try {
            Files.createDirectories(dir);
            String stamp = Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
            file = dir.resolve(name + "-java" + java + "-" + stamp + (aot ? ".aot" : ".jsa"));
            if (!Files.exists(file) && record) {
                removeOld(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(file)) {
            return new Use(List.of(aot ? "-XX:AOTCache=" + file : "-XX:SharedArchiveFile=" + file), () -> { });
        }
        if (!record) {
            return new Use(List.of(), () -> { });
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        // Recording, the JVM warns of each class it leaves out (a few hundred lines at exit): not wanted in the log.
        List<String> options = aot ? List.of("-Xlog:cds*=off", "-Xlog:aot*=off", "-XX:AOTCacheOutput=" + part)
                : List.of("-Xlog:cds*=off", "-XX:ArchiveClassesAtExit=" + part);
        return new Use(options, () -> {
            try {
                if (Files.exists(part)) {
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void removeOld(String name) throws IOException {
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith(name + "-java")).toList()) { // .part too
                Files.deleteIfExists(p);
            }
        }
    }
}
