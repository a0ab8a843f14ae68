package io.newsdesk.answer.reader;

import io.newsdesk.answer.question.AnswerType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How well a candidate of one type answers a question expecting another: 1 for a match, a
 * partial credit for near types (a "who" question is often answered by an organisation), and -1
 * for shapes that cannot answer (a date for "how many").
 */
final class TypeCompatibility {

    private static final Map<AnswerType, Map<AnswerType, Double>> TABLE = table();

    private static Map<AnswerType, Map<AnswerType, Double>> table() {
        Map<AnswerType, Map<AnswerType, Double>> table = new EnumMap<>(AnswerType.class);
        row(table, AnswerType.PERSON, "PERSON 1 NAME .55 ORGANIZATION .45 LOCATION .25 DESCRIPTION -.3");
        row(table, AnswerType.ORGANIZATION, "ORGANIZATION 1 NAME .7 PERSON .35 LOCATION .35 DESCRIPTION -.2");
        row(table, AnswerType.LOCATION, "LOCATION 1 NAME .6 ORGANIZATION .35 PERSON .15 DESCRIPTION -.2");
        row(table, AnswerType.NAME, "NAME 1 ORGANIZATION .6 PERSON .5 LOCATION .4 DESCRIPTION .1");
        row(
                table,
                AnswerType.DESCRIPTION,
                "DESCRIPTION .7 NAME .9 PERSON .7 ORGANIZATION .7 LOCATION .7 NUMBER .1"
                        + " MONEY .1 PERCENT .1 DATE .1 DURATION .1");
        row(table, AnswerType.DATE, "DATE 1 DURATION .2 NUMBER .1");
        row(table, AnswerType.NUMBER, "NUMBER 1 DURATION .5 MONEY .3 PERCENT .3");
        row(table, AnswerType.MONEY, "MONEY 1 NUMBER .4");
        row(table, AnswerType.PERCENT, "PERCENT 1 NUMBER .4");
        row(table, AnswerType.DURATION, "DURATION 1 NUMBER .4 DATE .2");
        return Map.copyOf(table);
    }

    private TypeCompatibility() {}

    static double score(AnswerType expected, AnswerType candidate) {
        return TABLE.get(expected).getOrDefault(candidate, -1.0);
    }

    private static void row(Map<AnswerType, Map<AnswerType, Double>> table, AnswerType expected, String spec) {
        Map<AnswerType, Double> row = new EnumMap<>(AnswerType.class);
        String[] parts = spec.split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            row.put(AnswerType.valueOf(parts[i]), Double.parseDouble(parts[i + 1]));
        }
        table.put(expected, Map.copyOf(row));
    }
}
