package io.interview4j.text;

import io.interview4j.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a resume or job description in plain text, Markdown or HTML into normalised plain text: one
 * paragraph, heading, list item or table row per line, markup removed, runs of spaces collapsed and at most
 * one blank line between blocks. Input is checked first: longer than {@link #MAX_CHARS} characters, or
 * looking binary, it is refused.
 */
public final class DocumentText {

    /** The longest document accepted, in characters (UTF-16 code units). */
    public static final int MAX_CHARS = 200_000;

    /** The markup a document is written in. */
    public enum Format {
        /** Text without markup. */
        PLAIN,
        /** CommonMark or GitHub-flavoured Markdown. */
        MARKDOWN,
        /** An HTML page or fragment. */
        HTML
    }

    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<(html|body|head|p|div|br|ul|ol|li|h[1-6]|table|tr|td|span|section|article|strong|em)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+\\S");
    private static final Pattern MD_FENCE = Pattern.compile("(?m)^\\s{0,3}(```|~~~)");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[[^\\]\\n]+\\]\\([^)\\s]+[^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)\\S[^\\n]*?\\S\\1");
    private static final Pattern MD_TABLE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
    private static final Pattern MD_LIST = Pattern.compile("(?m)^\\s*([-*+]|\\d+[.)])\\s+\\S");

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_OR_RULE = Pattern.compile("^\\s{0,3}(=+|-+|(\\*\\s*){3,}|(_\\s*){3,}|(-\\s*){3,})\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+(\\[[ xX]]\\s+)?");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![_\\p{L}\\p{N}])_(?=\\S)(.+?)(?<=\\S)_(?![_\\p{L}\\p{N}])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern INLINE_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\u000B\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "header", "footer",
            "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure", "figcaption", "address",
            "hr", "form", "fieldset", "details", "summary", "caption");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "blockquote", "pre", "section", "article", "dl");

    private DocumentText() {
    }

    /**
     * Guesses a document's format: from the file name's extension when it is a known one
     * ({@code .html}, {@code .htm}, {@code .xhtml}; {@code .md}, {@code .markdown}; {@code .txt}), otherwise
     * from the content (HTML tags; two or more kinds of Markdown syntax such as headings, fences, links,
     * bold text, tables). When nothing points elsewhere the answer is {@link Format#PLAIN}.
     *
     * @param fileName the file's name, or {@code null} when unknown
     * @param content the document's text
     * @return the likely format
     * @throws NullPointerException when {@code content} is null
     */
    public static Format detect(String fileName, String content) {
        Objects.requireNonNull(content, "content");
        if (fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT).strip();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            switch (ext) {
                case "html", "htm", "xhtml" -> {
                    return Format.HTML;
                }
                case "md", "markdown", "mdown", "mkd", "mkdn" -> {
                    return Format.MARKDOWN;
                }
                case "txt", "text" -> {
                    return Format.PLAIN;
                }
                default -> {
                    // decide from the content
                }
            }
        }
        String head = content.length() > 20_000 ? content.substring(0, 20_000) : content;
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Format.HTML;
        }
        Matcher tags = HTML_SNIFF.matcher(head);
        int tagCount = 0;
        while (tags.find() && tagCount < 3) {
            tagCount++;
        }
        if (tagCount >= 3) {
            return Format.HTML;
        }
        int markdownKinds = 0;
        boolean strong = false;
        for (Pattern p : new Pattern[] {MD_HEADING, MD_FENCE, MD_LINK, MD_EMPHASIS, MD_TABLE}) {
            if (p.matcher(head).find()) {
                markdownKinds++;
                strong = true;
            }
        }
        if (MD_LIST.matcher(head).find()) {
            markdownKinds++;
        }
        return strong && markdownKinds >= 2 ? Format.MARKDOWN : Format.PLAIN;
    }

    /**
     * Reduces a document to plain text. HTML loses scripts, styles and tags, keeping a line per block
     * element, list item and table row (cells joined by {@code " | "}). Markdown loses heading marks,
     * emphasis, list and quote markers, link targets (the link text stays), fences (the code stays) and
     * table rules. Then runs of spaces collapse to one, lines are trimmed and blank lines squeeze to one.
     *
     * @param content the document's text
     * @param format its format, as from {@link #detect(String, String)}
     * @return the plain text, possibly empty
     * @throws InvalidInputException when the content is longer than {@link #MAX_CHARS} characters, or looks
     *     binary (NUL characters, many control characters, broken UTF-16 or many replacement characters)
     * @throws NullPointerException when an argument is null
     */
    public static String toPlainText(String content, Format format) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        check(content);
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        String plain = switch (format) {
            case PLAIN -> text;
            case MARKDOWN -> markdown(text);
            case HTML -> html(text);
        };
        return normaliseWhitespace(plain);
    }

    private static void check(String content) {
        if (content.length() > MAX_CHARS) {
            throw new InvalidInputException("document is too long: " + content.length()
                    + " characters; the limit is " + MAX_CHARS + " characters");
        }
        int controls = 0;
        int replacements = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == 0) {
                throw new InvalidInputException("document looks binary: it contains NUL characters; expected plain"
                        + " text, Markdown or HTML of at most " + MAX_CHARS + " characters");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < content.length() && Character.isLowSurrogate(content.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw invalidText("it holds a broken UTF-16 surrogate pair");
            }
            if (Character.isLowSurrogate(c)) {
                throw invalidText("it holds a broken UTF-16 surrogate pair");
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F)) {
                controls++;
            } else if (c == '\uFFFD') {
                replacements++;
            }
        }
        int tolerated = Math.max(2, content.length() / 100);
        if (controls > tolerated) {
            throw new InvalidInputException("document looks binary: " + controls + " control characters in "
                    + content.length() + "; expected plain text, Markdown or HTML of at most " + MAX_CHARS + " characters");
        }
        if (replacements > tolerated) {
            throw invalidText(replacements + " characters could not be decoded (U+FFFD)");
        }
    }

    private static InvalidInputException invalidText(String why) {
        return new InvalidInputException("document is not valid text: " + why
                + "; expected plain text, Markdown or HTML of at most " + MAX_CHARS + " characters");
    }

    private static String html(String content) {
        Document doc = Jsoup.parse(content);
        doc.select("script, style, noscript, template, head, svg, iframe, object").remove();
        StringBuilder out = new StringBuilder(content.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(inPre(t) ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCK_TAGS.contains(tag)) {
                        lineBreak(out);
                    } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                        out.append(" | ");
                    } else if (tag.equals("img") && !e.attr("alt").isBlank()) {
                        out.append(e.attr("alt"));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (PARAGRAPH_TAGS.contains(tag)) {
                        out.append("\n\n");
                    } else if (BLOCK_TAGS.contains(tag)) {
                        lineBreak(out);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString();
    }

    private static void lineBreak(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static boolean inPre(TextNode t) {
        for (Element p = t.parent() instanceof Element e ? e : null; p != null; p = p.parent()) {
            if (p.normalName().equals("pre") || p.normalName().equals("textarea")) {
                return true;
            }
        }
        return false;
    }

    private static String markdown(String content) {
        String[] lines = HTML_COMMENT.matcher(content).replaceAll("").split("\n", -1);
        StringBuilder out = new StringBuilder(content.length());
        boolean inFence = false;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                out.append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (line.isBlank()) {
                inTable = false;
                out.append('\n');
                continue;
            }
            boolean nextIsSeparator = i + 1 < lines.length && lines[i + 1].contains("-")
                    && lines[i + 1].contains("|") && TABLE_SEPARATOR.matcher(lines[i + 1]).matches();
            if (line.contains("|") && TABLE_SEPARATOR.matcher(line).matches() && line.contains("-")) {
                inTable = true;
                continue;
            }
            if (nextIsSeparator || (inTable && line.contains("|"))) {
                out.append(inline(tableRow(line))).append('\n');
                continue;
            }
            if (LINK_DEFINITION.matcher(line).matches() || SETEXT_OR_RULE.matcher(line).matches()) {
                out.append('\n');
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                out.append('\n').append(inline(heading.group(1))).append("\n\n");
                continue;
            }
            String body = QUOTE.matcher(line).replaceFirst("");
            Matcher list = LIST_MARKER.matcher(body);
            boolean item = list.lookingAt();
            if (item) {
                body = body.substring(list.end());
            }
            out.append(inline(body)).append('\n');
        }
        return out.toString();
    }

    private static String tableRow(String line) {
        String row = line.strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|") && !row.endsWith("\\|")) {
            row = row.substring(0, row.length() - 1);
        }
        String[] cells = row.split("(?<!\\\\)\\|", -1);
        StringBuilder b = new StringBuilder();
        for (String cell : cells) {
            String c = cell.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(" | ");
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        StringBuilder out = new StringBuilder(s.length());
        Matcher code = CODE_SPAN.matcher(s);
        int last = 0;
        while (code.find()) {
            out.append(emphasis(s.substring(last, code.start()))).append(code.group(2).strip());
            last = code.end();
        }
        return out.append(emphasis(s.substring(last))).toString();
    }

    private static String emphasis(String text) {
        String s = STRONG.matcher(text).replaceAll("$2");
        s = EM_STAR.matcher(s).replaceAll("$1");
        s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = INLINE_TAG.matcher(s).replaceAll("");
        return ESCAPE.matcher(s).replaceAll("$1");
    }

    private static String normaliseWhitespace(String text) {
        String[] lines = text.replace('\u00A0', ' ').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (String line : lines) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
