package com.benchcrm.documents.text;

import com.benchcrm.documents.DocumentText;
import com.benchcrm.documents.DocumentTooLargeException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.mail.AttachmentKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The {@link DocumentText} adapter: PDF with Apache PDFBox; DOCX by reading
 * {@code word/document.xml} from the ZIP with StAX (paragraphs, tabs, breaks; no DTDs or external
 * entities); RTF by dropping control words; plain text as UTF-8 (else windows-1252). Legacy
 * {@code .doc} (OLE2) is refused with a clear message.
 *
 * <p>Bombs (a small file that expands to gigabytes or costs minutes of CPU) are refused with a
 * {@link DocumentTooLargeException}: a DOCX may inflate to at most {@value #MAX_INFLATED_BYTES}
 * bytes over all its entries, have at most {@value #MAX_ZIP_ENTRIES} entries, a PDF is loaded with
 * at most {@value #MAX_PDF_MEMORY} bytes of PDFBox memory, read up to {@value #MAX_PAGES}
 * pages holding at most {@value #MAX_PDF_CONTENT_BYTES} bytes of decoded content, and no document yields more than {@link DocumentText#MAX_TEXT_CHARS} characters. Text is
 * normalized in linear time ({@link #normalize}): a regular expression that trims line ends is
 * quadratic in a run of spaces (a 1 KB DOCX of 1 MB of spaces took ~1,000 s).
 *
 * <pre>{@code
 * String text = new DocumentTextReader().text(bytes, AttachmentKind.DOCX);
 * }</pre>
 */
public final class DocumentTextReader implements DocumentText {

    /** Bytes a DOCX may inflate to, over all its entries (a resume's document.xml is ~50-500 KB). */
    static final int MAX_INFLATED_BYTES = 20 * 1024 * 1024;

    static final int MAX_ZIP_ENTRIES = 1_000;
    static final int MAX_PAGES = 50;
    /** PDFBox's memory for the parsed file and decoded streams; over it, loading fails. */
    static final long MAX_PDF_MEMORY = 64L * 1024 * 1024;
    /** Decoded page content (drawing operators) over the pages read; a text-heavy resume page is ~10-100 KB. */
    static final long MAX_PDF_CONTENT_BYTES = 16L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public String text(byte[] bytes, AttachmentKind kind) {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("the document is empty");
        }
        return switch (kind) {
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            case RTF -> rtf(bytes);
            case TEXT, HTML -> plain(bytes, kind == AttachmentKind.HTML);
            case DOC -> throw new UnreadableDocumentException("legacy Word .doc files are not read; send PDF or DOCX");
            default ->
                throw new UnreadableDocumentException("a " + kind.name().toLowerCase() + " file is not a document");
        };
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(
                bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY).streamCache)) {
            int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
            checkContentSize(doc, pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(pages);
            return capped(normalize(stripper.getText(doc)), "PDF");
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected");
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new DocumentTooLargeException("the PDF needs more memory than a resume does");
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Maximum allowed")) {
                // PDFBox's words when the stream cache is over MAX_PDF_MEMORY
                throw new DocumentTooLargeException(
                        "the PDF needs more than " + MAX_PDF_MEMORY / (1024 * 1024) + " MiB to read");
            }
            throw new UnreadableDocumentException(
                    "not a readable PDF (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The pages' content streams, decoded, may total at most {@link #MAX_PDF_CONTENT_BYTES}: a 2 MB
     * PDF can hold a page of 120 MB of drawing operators that the text stripper would spend ~10 s on
     * (PDFBox's memory setting does not cover decoded content streams). Reads at most the limit.
     */
    private static void checkContentSize(PDDocument doc, int pages) throws IOException {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        for (int i = 0; i < pages; i++) {
            try (InputStream in = doc.getPage(i).getContents()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_PDF_CONTENT_BYTES) {
                        throw new DocumentTooLargeException("the PDF's pages hold over "
                                + MAX_PDF_CONTENT_BYTES / (1024 * 1024) + " MiB of drawing operators");
                    }
                }
            }
        }
    }

    private static String docx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            long[] inflated = {0};
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new DocumentTooLargeException("the DOCX has over " + MAX_ZIP_ENTRIES + " entries");
                }
                if (entry.getName().equals("word/document.xml")) {
                    return capped(documentXml(limited(zip, inflated)), "DOCX");
                }
                // read (not skip) what comes before, so its inflated size counts: skipping inflates it too
                limited(zip, inflated);
            }
            throw new UnreadableDocumentException("not a Word document: no word/document.xml in the archive");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException(
                    "not a readable DOCX (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The entry's bytes; {@code inflated[0]} counts every entry's, and over {@link #MAX_INFLATED_BYTES} it stops. */
    private static byte[] limited(InputStream in, long[] inflated) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            inflated[0] += n;
            if (inflated[0] > MAX_INFLATED_BYTES) {
                throw new DocumentTooLargeException(
                        "the DOCX unzips to over " + MAX_INFLATED_BYTES / (1024 * 1024) + " MiB");
            }
        }
        return out.toByteArray();
    }

    private static String documentXml(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder out = new StringBuilder();
        boolean inText = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String name = r.getLocalName();
                switch (name) {
                    case "t" -> inText = true;
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    default -> {
                        // other elements carry no text
                    }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("t")) {
                    inText = false;
                } else if (name.equals("p")) {
                    out.append('\n');
                } else if (name.equals("tc")) {
                    out.append(" | ");
                }
            } else if ((ev == XMLStreamReader.CHARACTERS || ev == XMLStreamReader.CDATA) && inText) {
                out.append(r.getText());
            }
            if (out.length() > 4L * DocumentText.MAX_TEXT_CHARS) {
                // far over the cap even before trailing blanks are trimmed: stop reading
                throw new DocumentTooLargeException(
                        "the DOCX text is over " + DocumentText.MAX_TEXT_CHARS + " characters");
            }
        }
        return normalize(out);
    }

    /**
     * Trims spaces, tabs and table bars ({@code |}) at line ends and keeps at most one blank line
     * in a row, in one pass (linear in the text's length). Was
     * {@code replaceAll("(?m)[ \\t|]+$", "").replaceAll("\\n{3,}", "\n\n").strip()}: the first
     * expression tries every start in a run of blanks that does not reach a line end, so it is
     * quadratic in the run's length.
     */
    static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int blanks = 0; // trailing run of [ \t|] not yet written
        int runStart = -1;
        int newlines = 0; // consecutive line ends written
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '|') {
                if (blanks++ == 0) {
                    runStart = i;
                }
                continue;
            }
            if (c == '\n') {
                blanks = 0; // blanks before a line end are dropped
                if (++newlines <= 2) {
                    out.append('\n');
                }
                continue;
            }
            if (blanks > 0) {
                out.append(text, runStart, runStart + blanks);
                blanks = 0;
            }
            newlines = 0;
            out.append(c);
        }
        return out.toString().strip();
    }

    private static String capped(String text, String kind) {
        if (text.length() > DocumentText.MAX_TEXT_CHARS) {
            throw new DocumentTooLargeException(
                    "the " + kind + " text is over " + DocumentText.MAX_TEXT_CHARS + " characters");
        }
        return text;
    }

    private static String rtf(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        s = s.replaceAll("\\{\\\\\\*[^{}]*}", "")
                .replaceAll("\\\\par[d]?\\b ?", "\n")
                .replaceAll("\\\\'([0-9a-fA-F]{2})", "")
                .replaceAll("\\\\[a-zA-Z]+-?\\d* ?", "")
                .replaceAll("[{}]", "");
        return capped(normalize(s), "RTF");
    }

    private static String plain(byte[] bytes, boolean html) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (html) {
            text = text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n")
                    .replaceAll("<[^>]+>", " ")
                    .replace("&nbsp;", " ")
                    .replace("&amp;", "&");
        }
        return capped(text.strip(), kind(html));
    }

    private static String kind(boolean html) {
        return html ? "HTML" : "text";
    }
}
