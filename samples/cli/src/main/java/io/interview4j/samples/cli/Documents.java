package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import io.interview4j.text.DocumentText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a job description or resume given on the command line: plain text, Markdown or HTML through the library's
 * {@link DocumentText}, PDF through Apache PDFBox (which the library leaves to hosts). Files over 5 MB, unreadable
 * files and PDFs without text are refused with an error naming the file.
 */
final class Documents {

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
                throw new InvalidInputException("cannot read " + what + " file " + file
                        + ": the PDF has no text layer (a scanned image?); export it as text");
            }
            return DocumentText.toPlainText(text, DocumentText.Format.PLAIN);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + what + " file " + file + ": not a readable PDF ("
                    + InputFiles.describe(e) + ")", e);
        }
    }
}
