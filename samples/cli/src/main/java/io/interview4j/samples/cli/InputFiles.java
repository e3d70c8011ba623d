package io.interview4j.samples.cli;

import io.interview4j.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes the files named on the command line, turning I/O failures into messages that name the file. */
final class InputFiles {

    /** The largest file read from the command line: 5 MB. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private InputFiles() {
    }

    /**
     * @param file the file
     * @param what what the file is for, such as {@code resume}, to name it in errors
     * @return its bytes
     * @throws InvalidInputException when it is missing, a directory, unreadable or larger than {@link #MAX_BYTES}
     */
    static byte[] readBytes(Path file, String what) {
        return readBytes(file, what, MAX_BYTES);
    }

    /**
     * @param file the file
     * @param what what the file is for
     * @param maxBytes the largest size accepted
     * @return its bytes
     * @throws InvalidInputException when it is missing, a directory, unreadable or larger than {@code maxBytes}
     */
    static byte[] readBytes(Path file, String what, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException("cannot read " + what + " file " + file + ": it is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidInputException("cannot read " + what + " file " + file + ": it is " + megabytes(size)
                        + " MB; the limit is " + megabytes(maxBytes) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + what + " file " + file + ": " + describe(e), e);
        }
    }

    /**
     * @param file the file
     * @param what what the file is for
     * @return its text, which must be UTF-8
     * @throws InvalidInputException as {@link #readBytes}, or when it is not UTF-8 text
     */
    static String readText(Path file, String what) {
        return decode(readBytes(file, what), file, what);
    }

    /**
     * @param bytes the file's bytes
     * @param file the file, to name it in errors
     * @param what what the file is for
     * @return the text, without a byte order mark
     * @throws InvalidInputException when the bytes are not UTF-8
     */
    static String decode(byte[] bytes, Path file, String what) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("cannot read " + what + " file " + file
                    + ": it is not UTF-8 text (plain text, Markdown, HTML or PDF are accepted)", e);
        }
    }

    /**
     * @param file where to write, replacing it
     * @param text the content, written as UTF-8
     * @param what what the file is for
     * @throws InvalidInputException when it cannot be written
     */
    static void write(Path file, String text, String what) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + what + " to " + file + ": " + describe(e), e);
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
