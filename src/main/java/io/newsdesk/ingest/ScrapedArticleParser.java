package io.newsdesk.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a scraped plain-text article into a {@link ScrapedArticle}: the first step of ingestion.
 *
 * <p>Expected layout, with blank lines allowed between any of the header lines:
 *
 * <pre>
 * Published: Fri, April 21, 2017      optional; also "April 21, 2017" or "2017-04-21"
 * World | By Paul Elliott             optional; also "By Paul Elliott" alone
 * Title line                          the first other non-blank line
 * Body ...                            everything after the title
 * </pre>
 *
 * <p>A lone word such as "World" is never taken for a section: a byline line must contain
 * {@code " | "} or start with {@code "By "} followed by a capitalised name. Share boilerplate
 * ({@code Like this:}, {@code Share this:}, {@code Related...}, {@code Click to share},
 * {@code Share on Facebook}, {@code Loading...}) found among the last ten non-blank body lines
 * is cut off together with everything after it. The body is returned normalised by
 * {@link TextNormalizer}. Text without a header and with a single line becomes both the body and
 * (cut to about {@value #FALLBACK_TITLE_CHARS} characters) the title; so does a would-be title line
 * longer than {@value #MAX_HEADLINE_CHARS} characters, which is a paragraph rather than a headline
 * and stays at the start of the body.
 */
public final class ScrapedArticleParser {

    static final int FALLBACK_TITLE_CHARS = 80;

    /** A would-be title line longer than this is a paragraph: it stays in the body and is cut for the title. */
    static final int MAX_HEADLINE_CHARS = 300;

    private static final String PUBLISHED = "Published:";
    private static final int BOILERPLATE_WINDOW_LINES = 10;
    private static final List<String> BOILERPLATE_PREFIXES =
            List.of("Like this:", "Share this:", "Click to share", "Share on Facebook", "Loading...", "Loading…");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^\\p{Alpha}+,\\s*(?=\\p{Alpha})");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            dateFormat("MMMM d, uuuu"),
            dateFormat("MMM d, uuuu"),
            dateFormat("d MMMM uuuu"),
            dateFormat("d MMM uuuu"));

    private final TextNormalizer normalizer;

    /** Creates a parser with the standard {@link TextNormalizer}. */
    public ScrapedArticleParser() {
        this(new TextNormalizer());
    }

    /** Creates a parser normalising the body with {@code normalizer}. */
    public ScrapedArticleParser(TextNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    }

    /**
     * Parses one scraped article.
     *
     * @param raw the scraped text
     * @return the article with a normalised body
     * @throws IllegalArgumentException if the text is empty, the date is unparseable, or there is
     *     no title or no body
     */
    public ScrapedArticle parse(String raw) {
        String text = raw == null ? "" : normalizer.normalize(raw);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Scraped article text is empty");
        }
        List<String> lines = text.lines().toList();
        Header header = readHeader(lines);
        int titleLine = nextNonBlank(lines, header.nextLine());
        if (titleLine == lines.size()) {
            throw new IllegalArgumentException("Scraped article has a header but no title line");
        }
        String headline = lines.get(titleLine).strip();
        boolean isParagraph = headline.length() > MAX_HEADLINE_CHARS;
        String body = bodyFrom(lines, isParagraph ? titleLine : titleLine + 1);
        if (body.isEmpty()) {
            if (header.isPresent()) {
                throw new IllegalArgumentException(
                        "Scraped article '" + headline + "' has no body text after its title");
            }
            return new ScrapedArticle(shortTitle(headline), null, null, null, headline);
        }
        String title = isParagraph ? shortTitle(headline) : headline;
        return new ScrapedArticle(title, header.section(), header.author(), header.publishedAt(), body);
    }

    private String bodyFrom(List<String> lines, int firstLine) {
        return normalizer.normalize(String.join("\n", withoutBoilerplate(lines.subList(firstLine, lines.size()))));
    }

    private record Header(LocalDate publishedAt, String section, String author, int nextLine, boolean isPresent) {}

    private static Header readHeader(List<String> lines) {
        LocalDate publishedAt = null;
        String section = null;
        String author = null;
        boolean sawDate = false;
        boolean sawByline = false;
        int i = nextNonBlank(lines, 0);
        for (; i < lines.size(); i = nextNonBlank(lines, i + 1)) {
            String line = lines.get(i).strip();
            if (!sawDate && line.regionMatches(true, 0, PUBLISHED, 0, PUBLISHED.length())) {
                publishedAt = parseDate(line.substring(PUBLISHED.length()).strip());
                sawDate = true;
            } else if (!sawByline && isByline(line)) {
                section = sectionOf(line);
                author = authorOf(line);
                sawByline = true;
            } else {
                break;
            }
        }
        return new Header(publishedAt, section, author, i, sawDate || sawByline);
    }

    private static LocalDate parseDate(String value) {
        String withoutWeekday = LEADING_WEEKDAY.matcher(value).replaceFirst("");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(withoutWeekday, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted layout
            }
        }
        throw new IllegalArgumentException("Unparseable publication date '" + value
                + "': expected a date like 'Fri, April 21, 2017', 'April 21, 2017' or '2017-04-21'");
    }

    private static boolean isByline(String line) {
        return line.contains(" | ") || isAuthorPart(line);
    }

    /** "By Paul Elliott" but not a headline such as "By the numbers: ...". */
    private static boolean isAuthorPart(String part) {
        if (!part.regionMatches(true, 0, "By ", 0, 3)) {
            return false;
        }
        String name = part.substring(3).strip();
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    private static String sectionOf(String line) {
        for (String part : line.split(" \\| ")) {
            if (!part.isBlank() && !isAuthorPart(part.strip())) {
                return part.strip();
            }
        }
        return null;
    }

    private static String authorOf(String line) {
        for (String part : line.split(" \\| ")) {
            if (isAuthorPart(part.strip())) {
                return part.strip().substring(3).strip();
            }
        }
        return null;
    }

    private static List<String> withoutBoilerplate(List<String> lines) {
        int windowStart = lines.size();
        int nonBlank = 0;
        while (windowStart > 0 && nonBlank < BOILERPLATE_WINDOW_LINES) {
            windowStart--;
            nonBlank += lines.get(windowStart).isBlank() ? 0 : 1;
        }
        for (int i = windowStart; i < lines.size(); i++) {
            if (isBoilerplate(lines.get(i).strip())) {
                return lines.subList(0, i);
            }
        }
        return lines;
    }

    /** Share-widget lines; "Related" only as a heading ("Related", "Related: ...", "Related stories"). */
    private static boolean isBoilerplate(String line) {
        if (BOILERPLATE_PREFIXES.stream().anyMatch(line::startsWith)) {
            return true;
        }
        return line.regionMatches(true, 0, "Related", 0, 7)
                && (line.length() == 7 || !Character.isLetter(line.charAt(7)))
                && !line.regionMatches(true, 0, "Related to ", 0, 11);
    }

    private static String shortTitle(String line) {
        if (line.length() <= FALLBACK_TITLE_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', FALLBACK_TITLE_CHARS);
        if (cut < FALLBACK_TITLE_CHARS / 2) {
            cut = Character.isHighSurrogate(line.charAt(FALLBACK_TITLE_CHARS - 1))
                    ? FALLBACK_TITLE_CHARS - 1
                    : FALLBACK_TITLE_CHARS;
        }
        return line.substring(0, cut).strip();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
