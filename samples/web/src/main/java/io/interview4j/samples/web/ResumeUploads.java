package io.interview4j.samples.web;

import io.interview4j.InvalidInputException;
import io.interview4j.text.DocumentText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded resume: PDF (through Apache PDFBox), Markdown, HTML or plain text (through the library's
 * {@link DocumentText}), told apart by the PDF signature, the declared content type and the file name. Anything else
 * is refused with {@code unsupported-media-type}, a file over the upload limit with {@code payload-too-large}.
 */
final class ResumeUploads {

    private ResumeUploads() {
    }

    /**
     * @param file the upload, or null
     * @param maxBytes the upload limit
     * @return its plain text, or null when there is no upload
     */
    static String read(MultipartFile file, long maxBytes) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > maxBytes) {
            throw WebException.tooLarge("resume", "the resume is " + file.getSize() + " bytes; the limit is " + maxBytes);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw WebException.invalid("resume", "cannot read the uploaded resume: " + e.getMessage());
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        String text;
        if (isPdf(bytes)) {
            text = pdf(bytes);
        } else if (type.startsWith("application/pdf") || name.endsWith(".pdf")) {
            throw WebException.invalid("resume", "the resume claims to be a PDF but is not one");
        } else {
            DocumentText.Format format = format(name, type);
            String content = utf8(bytes);
            if (content.indexOf('\0') >= 0) {
                throw WebException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "the resume is a binary file; upload a PDF, Markdown, HTML or plain text file");
            }
            try {
                text = DocumentText.toPlainText(content, format == null ? DocumentText.detect(name, content) : format);
            } catch (InvalidInputException e) {
                throw WebException.invalid("resume", e.getMessage());
            }
        }
        if (text.isBlank()) {
            throw WebException.invalid("resume", "the uploaded resume has no text");
        }
        return text.strip();
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    /** @return the declared format, null when the name and type leave it to detection, or a 415 */
    private static DocumentText.Format format(String name, String type) {
        if (name.endsWith(".md") || name.endsWith(".markdown") || type.startsWith("text/markdown")) {
            return DocumentText.Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html")) {
            return DocumentText.Format.HTML;
        }
        if (name.endsWith(".txt") || type.startsWith("text/plain")) {
            return null;
        }
        if (type.isEmpty() || type.startsWith("application/octet-stream")) {
            if (name.isEmpty() || !name.contains(".")) {
                return null;
            }
        }
        throw WebException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the resume's type ("
                + (type.isEmpty() ? "none" : type) + ", file " + (name.isEmpty() ? "unnamed" : name)
                + ") is not taken; upload a PDF, Markdown (.md), HTML (.html) or plain text (.txt) file");
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw WebException.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the resume is not UTF-8 text; upload a PDF, Markdown, HTML or plain text file in UTF-8");
        }
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.isBlank()) {
                throw WebException.invalid("resume", "the PDF has no text layer (a scanned image?); upload it as text");
            }
            return DocumentText.toPlainText(text, DocumentText.Format.PLAIN);
        } catch (IOException e) {
            throw WebException.invalid("resume", "the resume is not a readable PDF: " + e.getMessage());
        }
    }
}
