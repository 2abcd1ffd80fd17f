package com.benchcrm.function.runtime.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the functions' {@code ShadedJarIT}s share: the module's Lambda artifact, its entries, what no
 * Lambda artifact may carry, and a run of the artifact in a fresh JVM as the Lambda Java runtime
 * does ({@link ShadedJarSmoke}).
 *
 * <pre>{@code
 * Path jar = ShadedJars.find("benchcrm-http-api");
 * ShadedJars.check(jar).carries("com/benchcrm/function/httpapi/HttpApiApplication.class").nothingEmbeddedOnly();
 * ShadedJars.Run run = ShadedJars.run(jar, event, env, ShadedJars.embeddedSql());
 * }</pre>
 */
public final class ShadedJars {

    /**
     * Package prefixes that belong on the embedded stack's class path, never in a Lambda artifact:
     * JDBC and its pool (Lambda uses the RDS Data API), Lucene and ONNX Runtime (the embedded vector
     * index and model), embedded PostgreSQL, ElasticMQ (and its Scala and Pekko), DJL.
     */
    public static final List<String> EMBEDDED_ONLY = List.of(
            "org/postgresql/",
            "com/zaxxer/hikari/",
            "org/apache/lucene/",
            "ai/onnxruntime/",
            "ai/djl/",
            "io/zonky/",
            "org/elasticmq/",
            "scala/",
            "org/apache/pekko/",
            "com/benchcrm/sql/jdbc/",
            "com/benchcrm/vector/lucene/",
            "com/benchcrm/embedding/onnx/",
            "com/benchcrm/local/");

    /** The classes a function in JDBC mode needs besides its artifact: what the embedded stack supplies. */
    public static final List<String> EMBEDDED_SQL_CLASSES =
            List.of("com.benchcrm.sql.jdbc.JdbcSqlPort", "org.postgresql.Driver", "com.zaxxer.hikari.HikariDataSource");

    private ShadedJars() {}

    /** {@code target/<artifactId>-<version>-aws.jar} of the module under test. */
    public static Path find(String artifactId) {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(artifactId + "-")
                            && p.getFileName().toString().endsWith("-aws.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the shaded jar " + artifactId + "-*-aws.jar was not built"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry name of the jar. */
    public static List<String> entries(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries under {@link #EMBEDDED_ONLY} prefixes, except those under {@code allowed}. */
    public static List<String> forbidden(Path jar, String... allowed) {
        return entries(jar).stream()
                .filter(n -> EMBEDDED_ONLY.stream().anyMatch(n::startsWith))
                .filter(n -> Stream.of(allowed).noneMatch(n::startsWith))
                .toList();
    }

    /** Assertions on a jar's entries. */
    public static Check check(Path jar) {
        return new Check(entries(jar), jar);
    }

    /** Fluent assertions on the entries of one jar; each fails with the offending entries. */
    public static final class Check {

        private final List<String> entries;
        private final Path jar;

        private Check(List<String> entries, Path jar) {
            this.entries = entries;
            this.jar = jar;
        }

        /** Every one of {@code names} is an entry. */
        public Check carries(String... names) {
            List<String> missing =
                    Stream.of(names).filter(n -> !entries.contains(n)).toList();
            if (!missing.isEmpty()) {
                throw new AssertionError(jar.getFileName() + " lacks " + missing);
            }
            return this;
        }

        /** No entry is under any of {@code prefixes}. */
        public Check nothingUnder(String... prefixes) {
            List<String> found = entries.stream()
                    .filter(n -> Stream.of(prefixes).anyMatch(n::startsWith))
                    .limit(10)
                    .toList();
            if (!found.isEmpty()) {
                throw new AssertionError(jar.getFileName() + " carries " + found);
            }
            return this;
        }

        /** Nothing under {@link #EMBEDDED_ONLY}, except under {@code allowed}. */
        public Check nothingEmbeddedOnly(String... allowed) {
            List<String> found = forbidden(jar, allowed);
            if (!found.isEmpty()) {
                throw new AssertionError(jar.getFileName() + " carries embedded-only classes, e.g. "
                        + found.subList(0, Math.min(10, found.size())) + " (" + found.size() + " entries)");
            }
            return this;
        }
    }

    /**
     * The class path entries (jars or folders) of the JDBC adapter, the PostgreSQL driver and the pool,
     * found on this test JVM's class path: what the embedded stack adds to a function for
     * {@code BENCHCRM_SQL_MODE=jdbc}.
     */
    public static List<Path> embeddedSql() {
        List<Path> out = new ArrayList<>();
        for (String name : EMBEDDED_SQL_CLASSES) {
            try {
                Class<?> c = Class.forName(name, false, ShadedJars.class.getClassLoader());
                out.add(Path.of(
                        c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new AssertionError(
                        name + " is not on the test class path (add benchcrm-sql-jdbc in test scope)", e);
            }
        }
        return out;
    }

    /** What a fresh JVM printed, and the response line of {@link ShadedJarSmoke} if it got that far. */
    public record Run(int exitCode, String output) {

        /** The response JSON; fails with the output when there is none. */
        public String response() {
            return output.lines()
                    .filter(l -> l.startsWith("RESPONSE "))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no response; output:\n" + output))
                    .substring("RESPONSE ".length());
        }
    }

    /**
     * Runs the artifact in a fresh JVM: {@code FunctionInvoker.handleRequest} once with {@code event},
     * configured by environment variables as Lambda does, with {@code extra} class path entries after the
     * jar (nothing in AWS; the JDBC adapter in the embedded stack).
     */
    public static Run run(Path jar, Path event, Map<String, String> environment, List<Path> extra) {
        try {
            List<String> classpath = new ArrayList<>();
            classpath.add(jar.toAbsolutePath().toString());
            extra.forEach(p -> classpath.add(p.toAbsolutePath().toString()));
            classpath.add(Path.of(ShadedJarSmoke.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
            ProcessBuilder pb = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            String.join(File.pathSeparator, classpath),
                            ShadedJarSmoke.class.getName(),
                            event.toAbsolutePath().toString())
                    .redirectErrorStream(true);
            pb.environment().putAll(environment);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the function did not end within 120 s; output:\n" + output);
            }
            return new Run(p.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
