package com.benchcrm.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./benchcrm up} as a child process on a home of its own, as a user runs it: start, wait for
 * {@code /health}, ask for tokens, stop with SIGTERM (Ctrl-C) or kill with SIGKILL, and look at what
 * it left behind (the postmaster of its home, crash files). The JVM writes any fatal-error file
 * ({@code hs_err_pid*.log}) into the home.
 *
 * <pre>{@code
 * StackProcess stack = StackProcess.start(root, home, Map.of());
 * String token = stack.token("acme", "Recruiter");
 * int code = stack.sigterm(Duration.ofSeconds(90));
 * }</pre>
 */
public final class StackProcess {

    private final Path root;
    private final Path home;
    private final int port;
    private final int smtpPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private StackProcess(Path root, Path home, int port, int smtpPort, Process process) {
        this.root = root;
        this.home = home;
        this.port = port;
        this.smtpPort = smtpPort;
        this.process = process;
    }

    /** Starts {@code ./benchcrm up} on free ports with {@code BENCHCRM_HOME=home}, and waits up to 180 s for /health. */
    public static StackProcess start(Path root, Path home, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(root, home, freePort(), freePort(), env);
    }

    public static StackProcess start(Path root, Path home, int port, int smtpPort, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        ProcessBuilder pb = launcher(
                        root,
                        home,
                        env,
                        "up",
                        "--port",
                        Integer.toString(port),
                        "--smtp-port",
                        Integer.toString(smtpPort))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(home.resolve("up.out").toFile()));
        StackProcess stack = new StackProcess(root, home, port, smtpPort, pb.start());
        stack.awaitHealthy(Duration.ofSeconds(180));
        return stack;
    }

    /** The launcher with this home, the built jar and a fatal-error file in the home. */
    public static ProcessBuilder launcher(Path root, Path home, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("benchcrm").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().put("BENCHCRM_HOME", home.toString());
        pb.environment().put("BENCHCRM_SKIP_BUILD", "1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment()
                .put(
                        "BENCHCRM_JAVA_OPTS",
                        "-XX:ErrorFile=" + home.resolve("hs_err_pid%p.log") + " "
                                + env.getOrDefault("BENCHCRM_JAVA_OPTS", ""));
        env.forEach((k, v) -> {
            if (!k.equals("BENCHCRM_JAVA_OPTS")) {
                pb.environment().put(k, v);
            }
        });
        return pb;
    }

    /** Runs another launcher command on this home (token, tenant, up...) and returns its exit code and output. */
    public static Result run(Path root, Path home, Duration timeout, String... args)
            throws IOException, InterruptedException {
        Process p =
                launcher(root, home, Map.of(), args).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(
                    "./benchcrm " + String.join(" ", args) + " did not finish within " + timeout);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** A finished command. */
    public record Result(int exitCode, String output) {}

    /** A JWT of {@code tenant} with {@code role}, from the stack's issuer ({@code ./benchcrm token}). */
    public String token(String tenant, String role) throws IOException, InterruptedException {
        Result r = run(
                root,
                home,
                Duration.ofSeconds(120),
                "token",
                "--tenant",
                tenant,
                "--role",
                role,
                "--port",
                Integer.toString(port));
        if (r.exitCode() != 0) {
            throw new IllegalStateException("token failed: " + r.output());
        }
        String[] lines = r.output().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Path home() {
        return home;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public HttpClient http() {
        return http;
    }

    /** The pid in {@code postgres/data/postmaster.pid}, while that file exists. */
    public Optional<Long> postmasterPid() {
        return postmasterPid(home);
    }

    public static Optional<Long> postmasterPid(Path home) {
        Path file = home.resolve("postgres/data/postmaster.pid");
        try {
            return Files.exists(file)
                    ? Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code pid} runs (a zombie, exited but not yet reaped by its new parent, does not). */
    public static boolean alive(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Waits up to {@code timeout} for {@code pid} to end; true when it did. */
    public static boolean awaitEnd(long pid, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** The JVM crash files ({@code hs_err_pid*.log}) in the home. */
    public List<Path> crashFiles() throws IOException {
        try (var files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().startsWith("hs_err"))
                    .toList();
        }
    }

    /** SIGTERM (what Ctrl-C and systemd send) and waits for the exit; returns the exit code. */
    public int sigterm(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IllegalStateException("the stack did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGKILL: the JVM dies at once, as on a power cut or the OOM killer; its PostgreSQL lives on. */
    public void sigkill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String output() throws IOException {
        Path out = home.resolve("up.out");
        return Files.exists(out) ? Files.readString(out) : "";
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the stack exited early (" + process.exitValue() + "): " + tail(output()));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("not healthy within " + timeout + ": " + tail(output()));
    }

    static String tail(String s) {
        return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
