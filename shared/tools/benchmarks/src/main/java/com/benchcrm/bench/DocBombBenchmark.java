package com.benchcrm.bench;

import com.benchcrm.documents.DocumentTooLargeException;
import com.benchcrm.documents.text.DocumentTextReader;
import com.benchcrm.extraction.rules.DeterministicExtractor;
import com.benchcrm.mail.AttachmentKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The DOCX bomb of issue 11, before and after: a ~1 KB DOCX whose paragraph is 1,000,000 spaces and
 * an "x". Before: the old line-end trim ({@code replaceAll("(?m)[ \t|]+$", "")}) timed on runs of
 * 10k-80k spaces, and its time for 1M extrapolated (it is quadratic: each doubling x4). After: the
 * reader on the whole bomb, then the rules extractor on its text; and a 200 MiB ZIP bomb and a
 * DOCX of 5,000 entries, refused. Prints; asserts nothing.
 *
 * <pre>{@code shared/tools/benchmarks/run docbomb}</pre>
 */
public final class DocBombBenchmark {

    private DocBombBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("DOCX bomb benchmark (load average " + Stats.loadAverage() + ")");
        double lastSeconds = 0;
        int lastRun = 0;
        System.out.println("before: the old regex trim, on a run of N spaces then 'x'");
        for (int n : new int[] {10_000, 20_000, 40_000, 80_000}) {
            String text = "Avery Example\n" + " ".repeat(n) + "x";
            long t0 = System.nanoTime();
            String out = text.replaceAll("(?m)[ \\t|]+$", "")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip();
            lastSeconds = (System.nanoTime() - t0) / 1e9;
            lastRun = n;
            System.out.printf("  %,9d spaces  %8.2f s  (%d chars out)%n", n, lastSeconds, out.length());
        }
        double extrapolated = lastSeconds * Math.pow(1_000_000.0 / lastRun, 2);
        System.out.printf(
                "  %,9d spaces  ~%,.0f s  (extrapolated: quadratic from %,d)%n", 1_000_000, extrapolated, lastRun);

        byte[] bomb = docx(" ".repeat(1_000_000) + "x");
        DocumentTextReader reader = new DocumentTextReader();
        DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());
        System.out.printf("after: the reader on the %,d-byte DOCX (1,000,000 spaces), 5 runs%n", bomb.length);
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            String text = reader.text(bomb, AttachmentKind.DOCX);
            long t1 = System.nanoTime();
            var cv = rules.extractResume(null, text);
            long t2 = System.nanoTime();
            System.out.printf(
                    "  read %6.1f ms (%,d chars), extract %7.1f ms (name %s)%n",
                    (t1 - t0) / 1e6,
                    text.length(),
                    (t2 - t1) / 1e6,
                    cv.fullName() == null ? "-" : cv.fullName().value());
        }
        byte[] zipBomb = zipBomb(200L * 1024 * 1024);
        long t0 = System.nanoTime();
        String outcome;
        try {
            reader.text(zipBomb, AttachmentKind.DOCX);
            outcome = "read (unexpected)";
        } catch (DocumentTooLargeException e) {
            outcome = "refused: " + e.getMessage();
        }
        System.out.printf(
                "zip bomb: %,d bytes inflating to 200 MiB, %s in %.1f ms%n",
                zipBomb.length, outcome, (System.nanoTime() - t0) / 1e6);
    }

    static byte[] docx(String paragraph) throws IOException {
        String xml =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>Avery Example</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">"
                        + paragraph
                        + "</w:t></w:r></w:p></w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] zipBomb(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long left = bytes; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"x\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
