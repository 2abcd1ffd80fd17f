package com.benchcrm.function.httpapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.benchcrm.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real resume of {@code ../shared/data/resumes} (the 200 Indeed resumes' text, and the PDF and
 * DOCX files) through {@code POST /v1/consultants/import} and the real Lambda entry point: none may
 * answer 5xx, and every one that has text becomes a consultant. Skips, saying so, when the data is
 * not beside the checkout (a user's clone). Prints the status counts.
 */
class RealResumesImportIT {

    static final Path DATA = Path.of(System.getProperty("benchcrm.repo.root", "../.."))
            .resolve("../shared/data/resumes")
            .normalize();

    @Test
    void everyRealResume_importsWithoutA5xx() throws IOException {
        Path jsonl = DATA.resolve("dataturks-train-200.jsonl");
        assumeTrue(Files.isRegularFile(jsonl), "no real resumes at " + DATA + " (../shared/data is absent): skipped");
        ApiTestStack stack = ApiTestStack.get();
        ApiTestStack.TestTenant tenant = stack.newTenant("realcv");
        String token = stack.token(tenant, Role.Recruiter);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int reviewed = 0;
        int n = 0;
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            String text = ApiEvent.JSON.readTree(line).path("content").asText();
            ApiResponse r = stack.invoke(post(token)
                    .header("content-type", "text/plain; charset=utf-8")
                    .body(text));
            n++;
            statuses.merge(r.status(), 1, Integer::sum);
            reviewed += r.status() == 201 && r.body().path("needsReview").asBoolean() ? 1 : 0;
            if (r.status() >= 500 || (!text.isBlank() && r.status() >= 400)) {
                failures.add("resume " + n + ": " + r.status() + " " + r.body());
            }
        }
        try (Stream<Path> files = Files.list(DATA.resolve("files-omkarpathak"))) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(pdf|docx)$"))
                    .sorted()
                    .toList()) {
                String type = f.toString().endsWith(".pdf")
                        ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                ApiResponse r = stack.invoke(post(token)
                        .header("content-type", type)
                        .header("content-disposition", "attachment; filename=\"" + f.getFileName() + "\"")
                        .base64Body(Files.readAllBytes(f)));
                n++;
                statuses.merge(r.status(), 1, Integer::sum);
                if (r.status() >= 500) {
                    failures.add(f.getFileName() + ": " + r.status() + " " + r.body());
                }
            }
        }
        System.out.printf(
                "real resumes: %d imported through POST /v1/consultants/import, statuses %s, %d created marked for review%n",
                n, statuses, reviewed);
        assertThat(failures)
                .as("resumes answered 5xx, or a resume with text was refused")
                .isEmpty();
        assertThat(n).isGreaterThan(150);
    }

    private static ApiEvent post(String token) {
        return ApiEvent.load("requirements-create")
                .withoutHeader("idempotency-key")
                .token(token)
                .method("POST")
                .path("/v1/consultants/import");
    }
}
