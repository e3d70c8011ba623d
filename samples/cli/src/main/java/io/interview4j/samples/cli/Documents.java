package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.text.DocumentText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a job description or resume given on the command line: plain text, Markdown or HTML through the library's
 * {@link DocumentText}, PDF through Apache PDFBox (which the library leaves to hosts). Files over 5 MB, unreadable
 * files and PDFs without text are refused with an error naming the file; a damaged or truncated PDF is called that
 * (the parser's details go to the debug log), and only a whole PDF whose pages are images is called a scan.
 */
final class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private Documents() {
    }

    /**
     * @param file the document
     * @param what {@code job description} or {@code resume}, to name it in errors
     * @return its plain text
     * @throws InvalidInputException when it is missing, too large, unreadable or empty
     */
    static String read(Path file, String what) {
        byte[] bytes = InputFiles.readBytes(file, what);
        String text;
        try {
            if (isPdf(file, bytes)) {
                text = pdfText(file, bytes, what);
            } else {
                String content = InputFiles.decode(bytes, file, what);
                text = DocumentText.toPlainText(content, DocumentText.detect(file.getFileName().toString(), content));
            }
        } catch (InvalidInputException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains(file.toString())) {
                throw e;
            }
            throw new InvalidInputException("cannot read " + what + " file " + file + ": " + m, e);
        }
        if (text.isBlank()) {
            throw new InvalidInputException("cannot read " + what + " file " + file + ": it has no text");
        }
        return text.strip();
    }

    private static boolean isPdf(Path file, byte[] bytes) {
        String header = new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1);
        return header.equals("%PDF-") || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private static String pdfText(Path file, byte[] bytes, String what) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.isBlank()) {
                if (!endsLikeAPdf(bytes) || !hasImages(pdf)) {
                    throw damaged(file, what, null);
                }
                throw new InvalidInputException("cannot read " + what + " file " + file
                        + ": the PDF has no text layer (a scanned image?); export it as text");
            }
            return DocumentText.toPlainText(text, DocumentText.Format.PLAIN);
        } catch (IOException e) {
            throw damaged(file, what, e);
        }
    }

    /** The parser's own words go to the debug log only. */
    private static InvalidInputException damaged(Path file, String what, IOException cause) {
        if (cause != null) {
            log.debug("PDFBox could not read {}", file, cause);
        }
        return new InvalidInputException("cannot read " + what + " file " + file + ": the PDF is damaged or truncated"
                + " (not a readable PDF); save or export it again", cause);
    }

    /** Whether the file ends with the {@code %%EOF} marker (within its last 1024 bytes), as a whole PDF does. */
    private static boolean endsLikeAPdf(byte[] bytes) {
        int from = Math.max(0, bytes.length - 1024);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** Whether any page draws an image: a scanned page does, a page that lost its content does not. */
    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
