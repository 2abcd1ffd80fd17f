package com.benchcrm.documents.text;

import com.benchcrm.documents.DocumentText;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The {@link DocumentText} adapter: PDF with Apache PDFBox; DOCX by reading
 * {@code word/document.xml} from the ZIP with StAX (paragraphs, tabs, breaks; at most
 * {@value #MAX_XML_BYTES} bytes uncompressed, so a ZIP bomb stops early, and no DTDs or external
 * entities); RTF by dropping control words; plain text as UTF-8 (else windows-1252). Legacy
 * {@code .doc} (OLE2) is refused with a clear message.
 *
 * <pre>{@code
 * String text = new DocumentTextReader().text(bytes, AttachmentKind.DOCX);
 * }</pre>
 */
public final class DocumentTextReader implements DocumentText {

    static final int MAX_XML_BYTES = 20 * 1024 * 1024;
    static final int MAX_PAGES = 50;
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
            default -> throw new UnreadableDocumentException("a " + kind.name().toLowerCase() + " file is not a document");
        };
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            return stripper.getText(doc).strip();
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a readable PDF (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String docx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return documentXml(limited(zip));
                }
            }
            throw new UnreadableDocumentException("not a Word document: no word/document.xml in the archive");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("not a readable DOCX (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_XML_BYTES) {
                throw new UnreadableDocumentException("the DOCX text is over " + MAX_XML_BYTES + " bytes uncompressed");
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
        }
        return out.toString().replaceAll("(?m)[ \\t|]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String rtf(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        s = s.replaceAll("\\{\\\\\\*[^{}]*}", "")
                .replaceAll("\\\\par[d]?\\b ?", "\n")
                .replaceAll("\\\\'([0-9a-fA-F]{2})", "")
                .replaceAll("\\\\[a-zA-Z]+-?\\d* ?", "")
                .replaceAll("[{}]", "");
        return s.replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String plain(byte[] bytes, boolean html) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (html) {
            text = text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>", "\n")
                    .replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&amp;", "&");
        }
        return text.strip();
    }
}
