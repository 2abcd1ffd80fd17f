package com.benchcrm.local.stack;

import com.benchcrm.common.Json;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.demo.DemoData;
import com.benchcrm.demo.DemoDataSet;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads the demo tenant through the public API, over real HTTP, as any client would: every record
 * is a POST with an {@code Idempotency-Key}, so running the demo again adds nothing twice. Before
 * loading, it registers a local webhook receiver for the tenant's events ({@link DemoWebhookReceiver},
 * replacing the one of an earlier demo run), so the signed deliveries of what it loads arrive while
 * you watch. With matching on, it lets the embed function index the consultants before it loads the
 * requirements (so their automatic match runs see the whole bench), and after the vendor mail it
 * waits for the mailed requirements' match runs and prints their best consultants.
 */
final class DemoLoader {

    static final TenantSlug TENANT = new TenantSlug("demo");
    static final String USER = com.benchcrm.demo.DemoUsers.ADMIN.email();
    static final long SEED = 20261122L;
    static final String RECEIVER_DESCRIPTION = "./benchcrm demo receiver";

    private final EmbeddedStack stack;
    private final PrintStream out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoLoader(EmbeddedStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    /** Loads the data and prints what happened and how to call the API. */
    void load(int consultants, int requirements) throws Exception {
        long started = System.nanoTime();
        String token = stack.admin()
                .token(TENANT, USER, Role.Admin, Duration.ofHours(12), com.benchcrm.demo.DemoUsers.ADMIN.name());
        DemoWebhookReceiver receiver = new DemoWebhookReceiver(out);
        String webhookId = subscribe(token, receiver);
        DemoDataSet data = DemoData.generate(SEED, consultants, requirements);
        java.util.Map<String, String> consultantIds = new java.util.concurrent.ConcurrentHashMap<>();
        Counts c =
                post("/v1/consultants", token, data.consultants(), ConsultantInput::externalId, x -> x, consultantIds);
        // every consultant gets an owner (the Admin and the demo's recruiters in turn) before the
        // requirements arrive, so their match runs notify the owners (ADR 0097)
        long ownersStarted = System.nanoTime();
        int owned = owners(token, data.consultants(), consultantIds);
        double ownersSeconds = (System.nanoTime() - ownersStarted) / 1e9;
        // expiring work authorizations are announced now, to the owners (./benchcrm demo puts the first
        // scheduled run off until here; each expiry is announced once)
        stack.runWorkAuthorizationAlerts();
        double embedSeconds = stack.matching() ? awaitEmbedded() : 0;
        // the firms and people the requirements came through (DemoCompanies), then each requirement linked to its chain
        java.util.Map<String, String> companyIds = new java.util.concurrent.ConcurrentHashMap<>();
        Counts co = post(
                "/v1/companies",
                token,
                data.companies().companies(),
                com.benchcrm.demo.DemoCompanies.Company::key,
                com.benchcrm.demo.DemoCompanies.Company::input,
                companyIds);
        java.util.Map<String, String> contactIds = new java.util.concurrent.ConcurrentHashMap<>();
        Counts ct = post(
                "/v1/contacts",
                token,
                data.companies().contacts(),
                com.benchcrm.demo.DemoCompanies.Contact::key,
                k -> new com.benchcrm.company.ContactInput(
                        java.util.UUID.fromString(companyIds.get(k.companyKey())),
                        k.input().fullName(),
                        k.input().email(),
                        k.input().phone(),
                        k.input().title(),
                        k.input().notes()),
                contactIds);
        java.util.Map<String, com.benchcrm.demo.DemoCompanies.Link> links = new java.util.HashMap<>();
        data.companies().links().forEach(l -> links.put(l.requirementRef(), l));
        Counts r = post(
                "/v1/requirements",
                token,
                data.requirements(),
                RequirementInput::externalRef,
                in -> {
                    com.benchcrm.demo.DemoCompanies.Link l = links.get(in.externalRef());
                    return l == null
                            ? in
                            : in.withChain(new com.benchcrm.requirement.RequirementChain(
                                    id(companyIds, l.vendorKey()),
                                    id(contactIds, l.contactKey()),
                                    id(companyIds, l.partnerKey()),
                                    id(companyIds, l.primeKey()),
                                    id(companyIds, l.clientKey())));
                },
                new java.util.concurrent.ConcurrentHashMap<>());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<String> vendors = data.companies().companies().stream()
                .filter(k -> k.input().kinds().contains(com.benchcrm.company.CompanyKind.VENDOR))
                .map(k -> k.input().name())
                .toList();
        // each vendor's first contact with an e-mail address is whom its history submissions went to
        java.util.Map<String, java.util.UUID> vendorContacts = new java.util.HashMap<>();
        for (com.benchcrm.demo.DemoCompanies.Company k : data.companies().companies()) {
            if (!k.input().kinds().contains(com.benchcrm.company.CompanyKind.VENDOR)) {
                continue;
            }
            data.companies().contacts().stream()
                    .filter(p -> p.companyKey().equals(k.key())
                            && p.input().email() != null
                            && contactIds.containsKey(p.key()))
                    .findFirst()
                    .ifPresent(p ->
                            vendorContacts.put(k.input().name(), java.util.UUID.fromString(contactIds.get(p.key()))));
        }
        DemoPipeline.Loaded loaded = DemoPipeline.load(
                stack.appSql(),
                tenant(),
                USER,
                SEED,
                consultants,
                today,
                vendors.isEmpty() ? com.benchcrm.demo.DemoHistory.VENDORS : vendors,
                vendorContacts,
                stack.matchingAdapters());
        com.benchcrm.submission.PipelineImport.Result history = loaded.pipeline();
        double seconds = (System.nanoTime() - started) / 1e9;
        int expected = c.created() + r.created();
        long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (receiver.received() < expected && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        double deliveredAfter = (System.nanoTime() - started) / 1e9;

        out.println();
        out.printf("Demo tenant '%s' loaded in %.1f s through POST %s/v1/...:%n", TENANT, seconds, stack.baseUrl());
        out.printf("  consultants   %d (%d new, %d already there)%n", c.total(), c.created(), c.replayed());
        out.printf(
                "  owners        %d consultants dealt out over %s and %s in %.1f s (their matches and expiries notify them)%n",
                owned,
                USER,
                com.benchcrm.demo.DemoUsers.RECRUITERS.stream()
                        .map(com.benchcrm.demo.DemoUsers.DemoUser::email)
                        .collect(java.util.stream.Collectors.joining(", ")),
                ownersSeconds);
        out.printf(
                "  companies     %d (%d new, %d already there): vendors, implementation partners, prime vendors, end clients%n",
                co.total(), co.created(), co.replayed());
        out.printf("  contacts      %d (%d new, %d already there)%n", ct.total(), ct.created(), ct.replayed());
        out.printf("  requirements  %d (%d new, %d already there)%n", r.total(), r.created(), r.replayed());
        if (stack.matching() && c.created() > 0) {
            out.printf(
                    "  (the embed function indexed the consultants in %.1f s, before the requirements were loaded)%n",
                    embedSeconds);
        }
        out.printf(
                "  pipeline      %d past requirements, %d submissions, %d interview rounds, %d placements (a generated 90-day history;"
                        + " %d already there)%n",
                history.requirements(),
                history.submissions(),
                history.interviews(),
                history.placements(),
                history.submissionsSkipped());
        out.printf(
                "  RTRs          %d signed rights to represent, one per history submission, at its bill rate (the live"
                        + " ones valid today: Pipeline -> a submission -> Draft mail to vendor)%n",
                loaded.rtrs());
        if (loaded.runs() > 0) {
            out.printf(
                    "  match runs    %d for the past requirements, as the recommender would have stored them on arrival"
                            + " (the success model's training set: ./benchcrm train --tenant demo)%n",
                    loaded.runs());
        }
        out.println();
        out.println(
                "Pipeline KPIs of the last 90 days (GET /v1/analytics/kpis; the history is generated, see README):");
        DemoPipeline.print(
                out, get("/v1/analytics/kpis?from=" + today.minusDays(89) + "&to=" + today + "&groupBy=vendor", token));
        out.println();
        out.println("A few open requirements:");
        for (JsonNode req : get("/v1/requirements?limit=5", token).path("items")) {
            out.printf(
                    "  %-52s %-18s %s%n",
                    trim(req.path("title").asText(), 52),
                    trim(
                            req.path("location")
                                    .path("city")
                                    .asText(req.path("workMode").asText()),
                            18),
                    skills(req.path("skills")));
        }
        out.println("A few consultants on the bench:");
        for (JsonNode con : get("/v1/consultants?limit=5", token).path("items")) {
            out.printf(
                    "  %-24s %-30s %-10s %s%n",
                    trim(con.path("fullName").asText(), 24),
                    trim(con.path("title").asText(), 30),
                    con.path("workAuthorization").asText(""),
                    skills(con.path("skills")));
        }
        List<UUID> mailed = mail(token);
        if (stack.matching()) {
            recommendations(token, mailed);
        }
        out.println();
        out.printf(
                "Partner webhook %s (subscription %s) received %d signed deliveries within %.1f s, %d signatures valid.%n",
                receiver.url(), webhookId, receiver.received(), deliveredAfter, receiver.verified());
        if (expected == 0) {
            out.println(
                    "  (nothing new was loaded, so nothing was delivered; change something and watch it arrive below)");
        }
        out.println("  Delivery log: curl -s -H \"Authorization: Bearer $TOKEN\" '" + stack.baseUrl() + "/v1/webhooks/"
                + webhookId + "/deliveries?limit=3'");
        out.println("  Event stream: ./benchcrm events tail --tenant " + TENANT);
        out.println();
        stack.consoleUrl()
                .ifPresent(u -> out.println(
                        "Web console: " + u + "  (the demo tenant's inbox, bench, audit log and settings)"));
        out.println("Call the API (an Admin token of the demo tenant, valid 12 h):");
        out.println("  export TOKEN=" + token);
        out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" '" + stack.baseUrl() + "/v1/requirements?limit=5'");
        out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" '" + stack.baseUrl() + "/v1/consultants?limit=5'");
        out.println("  curl -s -H \"Authorization: Bearer $TOKEN\" '" + stack.baseUrl()
                + "/v1/audit/logs?entity=requirement&limit=5'");
        out.println(
                "  curl -s -X PATCH -H \"Authorization: Bearer $TOKEN\" -H 'content-type: application/merge-patch+json' \\");
        out.println("       -d '{\"status\":\"ON_HOLD\"}' " + stack.baseUrl()
                + "/v1/requirements/<id>   # then watch the webhook below");
        out.println("Other tenants and roles: ./benchcrm token --tenant acme --role Recruiter");
        out.println("Press Ctrl-C to stop. Webhook deliveries from now on:");
        out.flush();
        receiver.loud();
    }

    /** Replaces the demo receiver's subscription of an earlier run with one for this receiver. */
    private String subscribe(String token, DemoWebhookReceiver receiver) throws IOException, InterruptedException {
        for (JsonNode hook : get("/v1/webhooks?limit=200", token).path("items")) {
            if (RECEIVER_DESCRIPTION.equals(hook.path("description").asText())) {
                send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/v1/webhooks/"
                                + hook.path("id").asText()))
                        .header("authorization", "Bearer " + token)
                        .DELETE()
                        .build());
            }
        }
        var body = Json.strict().createObjectNode();
        body.put("url", receiver.url());
        body.putArray("eventTypes")
                .add("RequirementImported")
                .add("RequirementUpdated")
                .add("RequirementDeleted")
                .add("ConsultantUpserted")
                .add("ConsultantDeleted")
                .add("WebhookDeliveryFailed");
        body.put("description", RECEIVER_DESCRIPTION);
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/v1/webhooks"))
                .header("authorization", "Bearer " + token)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "demo: POST /v1/webhooks answered " + created.statusCode() + ": " + created.body());
        }
        JsonNode hook = Json.strict().readTree(created.body());
        receiver.secret(hook.path("secret").asText());
        return hook.path("id").asText();
    }

    private record Counts(int total, int created, int replayed) {}

    /** The sample mails the demo sends through SMTP to demo@ingest.localhost, in order. */
    static final List<String> MAILS = List.of(
            "plain-requirement.eml",
            "plain-requirement.eml#second-vendor",
            "hot-list.eml",
            "html-only.eml",
            "forward-inline.eml",
            "forward-rfc822.eml",
            "newsletter.eml",
            "out-of-office.eml");

    /**
     * Waits (at most {@value #EMBED_WAIT_SECONDS} s) until the outbox is relayed and the embed queue
     * is empty, twice in a row: every consultant loaded so far is in the vector index.
     *
     * @return how long it took, in seconds
     */
    private double awaitEmbedded() throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(EMBED_WAIT_SECONDS).toNanos();
        int idleRounds = 0;
        while (idleRounds < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            long unpublished = stack.persistence()
                    .transactions()
                    .inTenant(tenant(), tx -> stack.persistence().outbox().unpublished(tx));
            idleRounds = unpublished == 0 && stack.queueIdle("embed") ? idleRounds + 1 : 0;
        }
        if (idleRounds < 2) {
            out.printf(
                    "  (the consultants were not all embedded within %d s; matching goes ahead with what is indexed)%n",
                    EMBED_WAIT_SECONDS);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    static final int EMBED_WAIT_SECONDS = 120;
    static final int MATCH_WAIT_SECONDS = 60;
    static final int SHOWN_REQUIREMENTS = 3;
    static final int SHOWN_CONSULTANTS = 5;

    /**
     * Waits (at most {@value #MATCH_WAIT_SECONDS} s) until each mailed requirement has a match run
     * (the match function's answer to {@code RequirementImported}, announced as
     * {@code RecommendationsReady}), read as any client would ({@code GET /v1/requirements/{id}/recommendations}:
     * 404 until the run is stored), then prints the best consultants of the first few.
     */
    private void recommendations(String token, List<UUID> requirements) throws IOException, InterruptedException {
        if (requirements.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(MATCH_WAIT_SECONDS).toNanos();
        out.println();
        out.printf(
                "Automatic match runs of the %d mailed requirements (RequirementImported -> match function -> RecommendationsReady):%n",
                requirements.size());
        out.flush();
        Map<UUID, JsonNode> runs = new LinkedHashMap<>();
        while (runs.size() < requirements.size() && System.nanoTime() < deadline) {
            for (UUID id : requirements) {
                if (!runs.containsKey(id)) {
                    HttpResponse<String> r = send(HttpRequest.newBuilder(
                                    URI.create(stack.baseUrl() + "/v1/requirements/" + id + "/recommendations"))
                            .header("authorization", "Bearer " + token)
                            .GET()
                            .build());
                    if (r.statusCode() == 200) {
                        runs.put(id, Json.strict().readTree(r.body()));
                    } else if (r.statusCode() != 404) {
                        throw new IllegalStateException(
                                "demo: GET recommendations answered " + r.statusCode() + ": " + r.body());
                    }
                }
            }
            if (runs.size() < requirements.size()) {
                Thread.sleep(200);
            }
        }
        double waited = (System.nanoTime() - started) / 1e9;
        if (runs.size() < requirements.size()) {
            out.printf(
                    "  %d of %d were ready after %d s; the others are still queued (./benchcrm events tail --tenant %s shows "
                            + "RecommendationsReady as they finish)%n",
                    runs.size(), requirements.size(), MATCH_WAIT_SECONDS, TENANT);
        } else {
            out.printf("  all %d ready %.1f s after the last mail.%n", runs.size(), waited);
        }
        int shown = 0;
        for (UUID id : requirements) { // in mail order
            JsonNode run = runs.get(id);
            if (run == null) {
                continue;
            }
            if (shown++ == SHOWN_REQUIREMENTS) {
                break;
            }
            String title = get("/v1/requirements/" + id, token).path("title").asText();
            out.println();
            out.printf(
                    "  %s  (%d candidates from the vector index, %d scored)%n",
                    trim(title, 60),
                    run.path("candidates").asInt(),
                    run.path("scored").asInt());
            int rank = 0;
            for (JsonNode rec : run.path("items")) {
                if (rank++ == SHOWN_CONSULTANTS) {
                    break;
                }
                out.printf(
                        "    %d. %-24s %-34s score %.2f  success %2.0f%%%n",
                        rec.path("rank").asInt(),
                        trim(rec.path("consultantName").asText(), 24),
                        trim(rec.path("consultantTitle").asText(""), 34),
                        rec.path("matchScore").asDouble(),
                        rec.path("successProbability").asDouble() * 100);
                List<String> reasons = new ArrayList<>();
                rec.path("reasons").forEach(n -> reasons.add(n.asText()));
                out.printf(
                        "       %s%n", trim(String.join("; ", reasons.subList(0, Math.min(3, reasons.size()))), 120));
            }
        }
        out.println(
                "  All of a requirement's recommendations, with every factor: curl -s -H \"Authorization: Bearer $TOKEN\" '"
                        + stack.baseUrl() + "/v1/requirements/<id>/recommendations'");
    }

    private TenantId tenant() {
        return stack.admin().find(TENANT).orElseThrow();
    }

    /**
     * Mails the sample vendor mails through the SMTP listener and prints what each became.
     *
     * @return the requirements the mails created or merged into, in order
     */
    List<UUID> mail(String token) throws IOException {
        List<UUID> requirements = new ArrayList<>();
        String to = TENANT.value() + "@" + EmbeddedStack.INGEST_DOMAIN;
        out.println();
        out.printf("Vendor mail sent through SMTP (127.0.0.1:%d) to %s:%n", stack.smtpPort(), to);
        for (String name : MAILS) {
            byte[] raw = sampleMail(name);
            int before = stack.smtp().recent().size();
            SmtpClient.send(stack.smtpPort(), "vendor@vendor.example.com", to, raw);
            List<SmtpListener.Delivered> after = stack.smtp().recent();
            JsonNode result = after.size() > before
                    ? after.get(after.size() - 1).result().path("results").path(0)
                    : null;
            JsonNode report = result == null ? null : result.path("report");
            if (report == null || report.isMissingNode()) {
                out.printf(
                        "  %-38s %s%n",
                        name, result == null ? "?" : result.path("reason").asText());
                continue;
            }
            String what = report.path("kind").asText() + " "
                    + report.path("outcome").asText() + (report.path("replayed").asBoolean() ? " (sent before)" : "");
            out.printf("  %-38s %s%n", name, what);
            for (JsonNode q : report.path("requirements")) {
                UUID id = UUID.fromString(q.path("id").asText());
                if (!requirements.contains(id)) {
                    requirements.add(id);
                }
                out.printf(
                        "      %-7s %-46s %d vendor(s)%n",
                        q.path("created").asBoolean() ? "new" : "merged",
                        trim(q.path("title").asText(), 46),
                        q.path("sources").asInt());
            }
        }
        out.println(
                "  Mail your own: swaks --server 127.0.0.1:" + stack.smtpPort() + " --to " + to + " --data file.eml");
        out.println("             or: ./benchcrm ingest file.eml --tenant " + TENANT.value());
        return requirements;
    }

    /** A sample mail; {@code #second-vendor} is the same requirement from another vendor (dedupe shows). */
    static byte[] sampleMail(String name) throws IOException {
        String file = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
        try (java.io.InputStream in = DemoLoader.class.getResourceAsStream("/demo-mail/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no demo mail " + file);
            }
            byte[] raw = in.readAllBytes();
            if (!name.endsWith("#second-vendor")) {
                return raw;
            }
            return new String(raw, java.nio.charset.StandardCharsets.UTF_8)
                    .replace(
                            "Jordan Vendor <jordan.vendor@vendor-one.example.com>",
                            "Sam Second <sam@vendor-two.example.com>")
                    .replace(
                            "Jordan Vendor\nVendor One Staffing\nPhone: 555-010-0101\njordan.vendor@vendor-one.example.com",
                            "Sam Second\nVendor Two Partners\nPhone: 555-010-0202\nsam@vendor-two.example.com")
                    .replace("Rate: $65/hr on C2C", "Rate: $62/hr on C2C")
                    .replace("req-java-dallas-1@vendor-one.example.com", "req-0042@vendor-two.example.com")
                    .replace("Role: Senior Java Developer", "Role: Sr. Java Developer")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static java.util.UUID id(java.util.Map<String, String> ids, String key) {
        return key == null || ids.get(key) == null ? null : java.util.UUID.fromString(ids.get(key));
    }

    private <T> Counts post(String path, String token, List<T> items, java.util.function.Function<T, String> key)
            throws Exception {
        return post(path, token, items, key, x -> x, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** POSTs each item's body with the item's key as its idempotency key; {@code ids} gets key to created (or replayed) id. */
    private <T> Counts post(
            String path,
            String token,
            List<T> items,
            java.util.function.Function<T, String> key,
            java.util.function.Function<T, Object> body,
            java.util.Map<String, String> ids)
            throws Exception {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + path))
                            .header("authorization", "Bearer " + token)
                            .header("content-type", "application/json")
                            .header("idempotency-key", "demo-" + key.apply(item))
                            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body.apply(item))))
                            .build());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("demo load: POST " + path + " answered " + response.statusCode()
                                + ": " + response.body());
                    }
                    ids.put(
                            key.apply(item),
                            Json.strict().readTree(response.body()).path("id").asText());
                    (response.headers().firstValue("idempotency-replayed").isPresent() ? replayed : created)
                            .incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Counts(items.size(), created.get(), replayed.get());
    }

    /**
     * Makes the demo's recruiters active users of the tenant and sets each consultant's owner
     * ({@code PUT /v1/consultants/{id}/owner}, idempotent), dealt out over the Admin and the
     * recruiters ({@link com.benchcrm.demo.DemoUsers#spread}); returns how many were set.
     */
    private int owners(String token, List<ConsultantInput> consultants, java.util.Map<String, String> ids)
            throws Exception {
        List<String> users = new ArrayList<>();
        users.add(subject(token));
        for (com.benchcrm.demo.DemoUsers.DemoUser u : com.benchcrm.demo.DemoUsers.RECRUITERS) {
            users.add(subject(
                    stack.admin().token(TENANT, u.email(), Role.valueOf(u.role()), Duration.ofMinutes(5), u.name())));
        }
        java.util.Map<String, String> owners = com.benchcrm.demo.DemoUsers.spread(
                consultants.stream().map(ConsultantInput::externalId).toList(), users);
        AtomicInteger set = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            owners.forEach((externalId, owner) -> futures.add(pool.submit(() -> {
                String id = ids.get(externalId);
                HttpResponse<String> response =
                        send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/v1/consultants/" + id + "/owner"))
                                .header("authorization", "Bearer " + token)
                                .header("content-type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("ownerUserId", owner))))
                                .build());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("demo load: PUT /v1/consultants/" + id + "/owner answered "
                            + response.statusCode() + ": " + response.body());
                }
                set.incrementAndGet();
                return null;
            })));
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return set.get();
    }

    /** The subject (the user id) of one of the stack's own tokens. */
    private static String subject(String token) throws IOException {
        String payload = token.split("\\.")[1];
        return Json.strict()
                .readTree(java.util.Base64.getUrlDecoder().decode(payload))
                .path("sub")
                .asText();
    }

    private JsonNode get(String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + pathAndQuery))
                .header("authorization", "Bearer " + token)
                .GET()
                .build());
        return Json.strict().readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String skills(JsonNode skills) {
        List<String> names = new ArrayList<>();
        skills.forEach(s -> names.add(s.path("name").asText()));
        return trim(String.join(", ", names), 60);
    }

    private static String trim(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
