package com.benchcrm.local.stack;

import com.benchcrm.auth.jwt.LocalTokenIssuer;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.security.Role;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./benchcrm}: runs the embedded stack and administers it.
 *
 * <pre>
 * ./benchcrm up [--port 3000]           start the stack in the foreground (Ctrl-C stops it)
 * ./benchcrm demo [--port 3000]         start it, load the demo tenant, keep serving
 * ./benchcrm token --tenant acme [--role Recruiter] [--user me@example.com]
 * ./benchcrm tenant create acme
 * ./benchcrm events tail [--tenant acme] [--lines 10] [--no-follow]
 * ./benchcrm ingest vendor-mail.eml --tenant acme   the same as mailing it to acme@ingest.localhost
 * </pre>
 */
@Command(
        name = "benchcrm",
        mixinStandardHelpOptions = true,
        version = "BenchCRM 0.1.0",
        description = "BenchCRM on this machine: real PostgreSQL, the HTTP API function behind a local API Gateway.",
        subcommands = {
            BenchCrmCli.Up.class,
            BenchCrmCli.Demo.class,
            BenchCrmCli.Token.class,
            BenchCrmCli.Tenant.class,
            BenchCrmCli.Events.class,
            BenchCrmCli.Ingest.class,
            BenchCrmCli.Train.class
        })
public final class BenchCrmCli implements Callable<Integer> {

    public static final int DEFAULT_PORT = 3000;

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "classpath:log4j2-local.xml");
        }
        if (System.getProperty("benchcrm.home") == null) {
            System.setProperty("benchcrm.home", StackHome.fromSystem().root().toString());
        }
        int code = new CommandLine(new BenchCrmCli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("benchcrm: " + e.getMessage());
                    return 1;
                })
                .execute(args);
        System.exit(code);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    static PrintStream out() {
        return System.out;
    }

    @Command(name = "up", description = "Start the embedded stack in the foreground; Ctrl-C stops it.")
    static final class Up implements Callable<Integer> {
        @Option(
                names = "--port",
                description = "HTTP port on 127.0.0.1 (default ${DEFAULT-VALUE})",
                defaultValue = "3000")
        int port;

        @Option(
                names = "--smtp-port",
                description = "SMTP port on 127.0.0.1 for <tenant>@ingest.localhost (default ${DEFAULT-VALUE})",
                defaultValue = "2525")
        int smtpPort;

        @Override
        public Integer call() throws InterruptedException {
            EmbeddedStack stack = EmbeddedStack.start(StackHome.fromSystem(), port, smtpPort);
            stopOnSignal(stack);
            announce(stack);
            serveUntilStopped();
            return 0;
        }
    }

    @Command(name = "demo", description = "Start the stack, load the demo tenant, print how to use it, keep serving.")
    static final class Demo implements Callable<Integer> {
        @Option(
                names = "--port",
                defaultValue = "3000",
                description = "HTTP port on 127.0.0.1 (default ${DEFAULT-VALUE})")
        int port;

        @Option(
                names = "--consultants",
                defaultValue = "240",
                description = "consultants to load (default ${DEFAULT-VALUE})")
        int consultants;

        @Option(
                names = "--requirements",
                defaultValue = "60",
                description = "requirements to load (default ${DEFAULT-VALUE})")
        int requirements;

        @Option(
                names = "--smtp-port",
                description = "SMTP port on 127.0.0.1 (default ${DEFAULT-VALUE})",
                defaultValue = "2525")
        int smtpPort;

        @Override
        public Integer call() throws Exception {
            // the alerts run once the demo's consultants have owners (DemoLoader), then on their schedule
            if (System.getProperty(EmbeddedStack.WORK_AUTH_ALERTS_FIRST_DELAY) == null) {
                System.setProperty(EmbeddedStack.WORK_AUTH_ALERTS_FIRST_DELAY, "PT1H");
            }
            EmbeddedStack stack = EmbeddedStack.start(StackHome.fromSystem(), port, smtpPort);
            stopOnSignal(stack);
            announce(stack);
            new DemoLoader(stack, out()).load(consultants, requirements);
            serveUntilStopped();
            return 0;
        }
    }

    @Command(
            name = "token",
            description =
                    "Print a JWT signed by the embedded stack's issuer (creates the tenant and user on first use).")
    static final class Token implements Callable<Integer> {
        @Option(names = "--tenant", required = true, description = "tenant slug, e.g. acme")
        String tenant;

        @Option(
                names = "--role",
                defaultValue = "Recruiter",
                description = "Owner, Admin, Recruiter, Sales, Analyst or ReadOnly (default ${DEFAULT-VALUE})")
        String role;

        @Option(
                names = "--user",
                defaultValue = "dev@example.com",
                description = "the user's e-mail (default ${DEFAULT-VALUE})")
        String user;

        @Option(names = "--port", description = "the stack's HTTP port (default: the running stack's, else 3000)")
        Integer port;

        @Option(
                names = "--ttl",
                defaultValue = "PT8H",
                description = "lifetime as an ISO-8601 duration (default ${DEFAULT-VALUE})")
        Duration ttl;

        @Override
        public Integer call() throws Exception {
            Role parsed = Role.parse(role)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown role " + role + "; use Owner, Admin, Recruiter, Sales, Analyst or ReadOnly"));
            TenantSlug slug = new TenantSlug(tenant);
            String token = withAdmin(port, admin -> admin.token(slug, user, parsed, ttl));
            out().println(token);
            return 0;
        }
    }

    @Command(
            name = "tenant",
            description = "Manage tenants.",
            subcommands = {Tenant.Create.class})
    static final class Tenant implements Callable<Integer> {
        @Override
        public Integer call() {
            new CommandLine(this).usage(System.out);
            return 0;
        }

        @Command(name = "create", description = "Create a tenant (idempotent); prints its id.")
        static final class Create implements Callable<Integer> {
            @Parameters(index = "0", description = "tenant slug: 2-63 lower-case letters, digits or dashes")
            String slug;

            @Override
            public Integer call() throws Exception {
                TenantSlug parsed = new TenantSlug(slug);
                TenantId id = withAdmin(null, admin -> admin.ensureTenant(parsed));
                out().println(id);
                return 0;
            }
        }
    }

    @Command(
            name = "events",
            description = "The domain event stream of the embedded stack.",
            subcommands = {Events.Tail.class})
    static final class Events implements Callable<Integer> {
        @Override
        public Integer call() {
            new CommandLine(this).usage(System.out);
            return 0;
        }

        @Command(
                name = "tail",
                description = "Print the last events, then every new one as the bus publishes it (Ctrl-C stops).")
        static final class Tail implements Callable<Integer> {
            @Option(names = "--tenant", description = "only this tenant's events (slug)")
            String tenant;

            @Option(
                    names = "--lines",
                    defaultValue = "10",
                    description = "events of the past to print first (default ${DEFAULT-VALUE})")
            int lines;

            @Option(names = "--no-follow", description = "print the past events and exit")
            boolean noFollow;

            @Override
            public Integer call() throws Exception {
                StackHome home = StackHome.fromSystem();
                java.util.Map<java.util.UUID, String> slugs =
                        new java.util.concurrent.ConcurrentHashMap<>(withAdmin(null, TenantAdmin::slugs));
                Optional<java.util.UUID> only = Optional.empty();
                if (tenant != null) {
                    TenantSlug slug = new TenantSlug(tenant);
                    only = Optional.of(slugs.entrySet().stream()
                            .filter(e -> e.getValue().equals(slug.value()))
                            .map(java.util.Map.Entry::getKey)
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("no tenant " + slug)));
                }
                EventTail tail = new EventTail(
                        home.eventArchive(),
                        id -> slugs.getOrDefault(id, id.toString().substring(0, 8)),
                        only,
                        out());
                tail.printLast(lines);
                if (!noFollow) {
                    if (RunState.readLive(home.runState()).isEmpty()) {
                        System.err.println(
                                "benchcrm: no stack is running here; waiting for events anyway (start one with ./benchcrm up)");
                    }
                    tail.follow(() -> false, java.time.Duration.ofMillis(200));
                }
                return 0;
            }
        }
    }

    @Command(
            name = "ingest",
            description = "Ingest a raw mail (.eml) for a tenant, as if mailed to <tenant>@ingest.localhost; "
                    + "prints what it became.")
    static final class Ingest implements Callable<Integer> {
        @Parameters(index = "0", description = "the raw message, e.g. vendor-mail.eml")
        java.nio.file.Path file;

        @Option(names = "--tenant", required = true, description = "tenant slug, e.g. acme")
        String tenant;

        @Override
        public Integer call() throws Exception {
            TenantSlug slug = new TenantSlug(tenant);
            byte[] raw = java.nio.file.Files.readAllBytes(file);
            com.fasterxml.jackson.databind.JsonNode result =
                    withDatabase((jdbcUrl, roles) -> CliIngest.run(StackHome.fromSystem(), jdbcUrl, roles, slug, raw));
            CliIngest.print(result, out(), file.getFileName().toString());
            return "INGESTED".equals(result.path("status").asText()) ? 0 : 3;
        }
    }

    @Command(
            name = "train",
            description = "Train the tenant's success model from its stored recommendations and outcomes "
                    + "(logistic regression + Platt, gradient-boosted trees for comparison); register it under .benchcrm/models and "
                    + "activate it when it is calibrated (ADR 0076).")
    static final class Train implements Callable<Integer> {
        @Option(names = "--tenant", required = true, description = "tenant slug, e.g. demo")
        String tenant;

        @Option(names = "--no-activate", description = "register the new version without activating it")
        boolean noActivate;

        @Override
        public Integer call() throws Exception {
            TenantSlug slug = new TenantSlug(tenant);
            com.benchcrm.tenancy.TenantId id = withAdmin(null, a -> a.find(slug))
                    .orElseThrow(() -> new IllegalArgumentException("no tenant " + slug.value()));
            StackHome home = StackHome.fromSystem();
            com.benchcrm.ml.TrainingJob.Report r = withDatabase((jdbcUrl, roles) -> {
                JdbcSqlPort app = JdbcSqlPort.connect(jdbcUrl, roles.appRole(), roles.appPassword(), 1);
                try {
                    com.benchcrm.persistence.postgres.PostgresPersistence db =
                            com.benchcrm.persistence.postgres.PostgresPersistence.over(app);
                    return new com.benchcrm.ml.TrainingJob(
                                    db.transactions(),
                                    db.matchRuns(),
                                    new com.benchcrm.matching.success.BlobModelRegistry(
                                            new com.benchcrm.blob.FolderBlobStore(home.models())),
                                    Clock.systemUTC())
                            .run(id, !noActivate);
                } finally {
                    try {
                        app.close();
                    } catch (Exception e) {
                        System.err.println("benchcrm: closing the database connection: " + e.getMessage());
                    }
                }
            });
            out().printf("labelled outcomes: %d (%d placed)%n", r.labelled(), r.successes());
            if (r.card() != null) {
                r.card()
                        .metrics()
                        .forEach((k, v) -> out().printf(
                                        java.util.Locale.US,
                                        "  %-40s brier %.4f  auc %.3f%n",
                                        k,
                                        v.get("brier"),
                                        v.get("auc")));
                out().printf("training took %d ms%n", r.card().trainingMillis());
            }
            out().println(r.message());
            return r.card() == null ? 3 : 0;
        }
    }

    /** Runs work with the JDBC URL and roles of the running stack's database, or of a briefly started one. */
    static <T> T withDatabase(java.util.function.BiFunction<String, com.benchcrm.schema.DatabaseRoles, T> work)
            throws Exception {
        StackHome home = StackHome.fromSystem();
        Optional<RunState> live = RunState.readLive(home.runState());
        if (live.isPresent()) {
            com.benchcrm.schema.DatabaseRoles roles = LocalPostgres.existingCredentials(home.postgres());
            return work.apply(
                    "jdbc:postgresql://127.0.0.1:" + live.get().postgresPort() + "/" + roles.database(), roles);
        }
        LocalPostgres started = LocalPostgres.start(home.postgres(), 0, false, true);
        try {
            return work.apply(started.jdbcUrl(), started.roles());
        } finally {
            started.close();
        }
    }

    /** Runs an admin action against the running stack's database, or a briefly started one. */
    static <T> T withAdmin(Integer port, java.util.function.Function<TenantAdmin, T> action) throws Exception {
        StackHome home = StackHome.fromSystem();
        Optional<RunState> live = RunState.readLive(home.runState());
        int httpPort = port != null ? port : live.map(RunState::httpPort).orElse(DEFAULT_PORT);
        LocalTokenIssuer issuer =
                LocalTokenIssuer.open(home.issuerKey(), "http://127.0.0.1:" + httpPort, Clock.systemUTC());
        LocalPostgres started = null;
        String jdbcUrl;
        com.benchcrm.schema.DatabaseRoles roles;
        if (live.isPresent()) {
            roles = LocalPostgres.existingCredentials(home.postgres());
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + live.get().postgresPort() + "/" + roles.database();
        } else {
            started = LocalPostgres.start(home.postgres(), 0, false, true);
            roles = started.roles();
            jdbcUrl = started.jdbcUrl();
        }
        try (JdbcSqlPort owner = JdbcSqlPort.connect(jdbcUrl, roles.ownerRole(), roles.ownerPassword(), 1)) {
            return action.apply(
                    new TenantAdmin(com.benchcrm.persistence.postgres.PostgresPersistence.over(owner), issuer));
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    static void announce(EmbeddedStack stack) {
        PrintStream out = out();
        out.printf("BenchCRM embedded stack ready in %.1f s%n", stack.startupMillis() / 1000.0);
        out.println(
                "  Console     "
                        + stack.consoleUrl()
                                .map(u -> u + "  (the web console; open it in a browser)")
                                .orElse(
                                        "not built into this stack (built with -Dconsole.skip; run ./mvnw -pl web,shared/local/embedded-stack package)"));
        out.println("  API         " + stack.baseUrl() + "  (health: " + stack.baseUrl() + "/health)");
        out.println("  OpenAPI     " + stack.baseUrl() + "/openapi.yaml");
        out.println("  JWKS        " + stack.baseUrl() + "/.well-known/jwks.json");
        out.println("  SMTP        127.0.0.1:" + stack.smtpPort() + "  (mail <tenant>@" + EmbeddedStack.INGEST_DOMAIN
                + "; raw mail kept in " + stack.home().raw() + ")");
        out.println("  PostgreSQL  127.0.0.1:" + stack.postgres().port() + " (data in "
                + StackHome.fromSystem().postgres() + ")");
        out.println("  SQS         " + stack.events().sqs().endpoint() + " (ElasticMQ; queues "
                + String.join(", ", stack.events().routing().queues().keySet()) + ", each with a DLQ)");
        out.println("  Events      ./benchcrm events tail   (archive: "
                + stack.home().eventArchive() + ")");
        out.println("  Logs        " + StackHome.fromSystem().logs().resolve("functions.log"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /**
     * On Ctrl-C (SIGINT) or SIGTERM the stack stops in order ({@link EmbeddedStack#close()}) and the
     * process exits 0. The signals are handled rather than left to the JVM's shutdown hooks, which
     * all run at once (one closed the ONNX session while an SQS poller was inside it: SIGSEGV). A
     * shutdown hook remains for any other exit and does the same close once.
     */
    static void stopOnSignal(EmbeddedStack stack) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    stopAndSay(stack);
                    System.exit(0);
                });
            } catch (IllegalArgumentException unsupported) {
                // this platform does not let Java handle it: the shutdown hook below stops the stack
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndSay(stack), "benchcrm-stop"));
    }

    /** Serves until a signal stops the process ({@link #stopOnSignal}). */
    static void serveUntilStopped() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    private static void stopAndSay(EmbeddedStack stack) {
        synchronized (stack) {
            if (stack.stopMillis() >= 0) {
                return;
            }
            out().println("Stopping BenchCRM...");
            out().flush();
            stack.close();
            out().printf("Stopped in %.1f s.%n", stack.stopMillis() / 1000.0);
            out().flush();
        }
    }
}
