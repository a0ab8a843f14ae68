package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import io.newsdesk.answer.question.TaggedSentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money, percentages, dates, durations and counts in a tagged sentence with regular
 * expressions, in that priority order (a later kind never overlaps an earlier one). An age
 * ("a 21-year-old") is not a duration.
 */
final class NumericMentionFinder {

    private static final String NUM = "(?:\\d[\\d,]*(?:\\.\\d+)?|(?:a |one |two |three |a few )?(?:dozens?|"
            + "hundreds?|thousands?|millions?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|a hundred|a thousand)";
    private static final String SCALE = "(?:[ -](?:million|billion|trillion|thousand|hundred)|bn|m\\b|k\\b)?";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern MONEY = Pattern.compile("(?i)(?:(?:US|A|C|HK)?[$£€¥]\\s?\\d[\\d,]*(?:\\.\\d+)?" + SCALE
            + "|" + NUM + SCALE + " (?:dollars|euros|pounds|yen|yuan|rupees|francs|roubles|rubles|won))");
    private static final Pattern PERCENT =
            Pattern.compile("(?i)\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b" + "|per cent\\b|percentage points?\\b)");
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?"
            + "(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + "(?:,? \\d{4})?|" + MONTH + ",? \\d{4}"
            + "|(?i:spring|summer|autumn|fall|winter|early|late|mid|end of) (?:of )?\\d{4}|(?:1[5-9]|20)\\d{2}s?"
            + "(?![\\d%])|(?i:(?:last|next|this|on|earlier this) )?" + WEEKDAY + "|(?i:yesterday|today|tomorrow"
            + "|(?:last|next|this|earlier this) (?:week|month|year|weekend))|" + MONTH + "(?= (?:of|this|next|last)"
            + "\\b))\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b" + NUM + SCALE + "[ -](?:seconds?|minutes?"
            + "|hours?|days?|weeks?|months?|years?|decades?|centuries|century)\\b(?!-old\\b)");
    private static final Pattern ORDINAL_TIMES = Pattern.compile("(?i)\\b(?:first|second|third|fourth|fifth"
            + "|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))(?= (?:time|straight|consecutive|year in))");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w.,])" + NUM + SCALE + "(?![\\w%])");

    private NumericMentionFinder() {}

    static void find(TaggedSentence sentence, List<Mention> into) {
        add(sentence, MONEY, AnswerType.MONEY, into);
        add(sentence, PERCENT, AnswerType.PERCENT, into);
        add(sentence, DATE, AnswerType.DATE, into);
        add(sentence, DURATION, AnswerType.DURATION, into);
        addInsideDurations(sentence, into);
        add(sentence, NUMBER, AnswerType.NUMBER, into);
        add(sentence, ORDINAL_TIMES, AnswerType.NUMBER, into);
    }

    private static void add(TaggedSentence sentence, Pattern pattern, AnswerType type, List<Mention> into) {
        Matcher m = pattern.matcher(sentence.text());
        while (m.find()) {
            int first = tokenAt(sentence, m.start());
            int last = tokenAt(sentence, m.end() - 1);
            if (first < 0 || last < 0 || m.group().isBlank()) {
                continue;
            }
            Mention mention = new Mention(m.group(), first, last + 1, m.start(), m.end(), type, false);
            if (into.stream().noneMatch(mention::overlaps)) {
                into.add(mention);
            }
        }
    }

    /** "1,500 hours" also offers "1,500" for "how many hours" questions. */
    private static void addInsideDurations(TaggedSentence sentence, List<Mention> into) {
        List<Mention> durations =
                into.stream().filter(m -> m.type() == AnswerType.DURATION).toList();
        for (Mention duration : durations) {
            Matcher m = NUMBER.matcher(duration.text());
            if (m.lookingAt() && m.end() < duration.text().length()) {
                int start = duration.start() + m.start();
                int end = duration.start() + m.end();
                into.add(new Mention(
                        m.group(),
                        tokenAt(sentence, start),
                        tokenAt(sentence, end - 1) + 1,
                        start,
                        end,
                        AnswerType.NUMBER,
                        false));
            }
        }
    }

    private static int tokenAt(TaggedSentence sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.starts()[i] <= offset && offset < sentence.ends()[i]) {
                return i;
            }
        }
        return -1;
    }
}
