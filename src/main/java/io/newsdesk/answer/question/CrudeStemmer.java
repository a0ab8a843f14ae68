package io.newsdesk.answer.question;

import java.util.Locale;

/** Suffix-stripping stemmer, just good enough to match "vetoed" with "veto" and "cities" with "city". */
public final class CrudeStemmer {

    private CrudeStemmer() {}

    public static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s", "e"}) {
            if (w.length() - suffix.length() >= 3 && w.endsWith(suffix) && !w.endsWith("ss")) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
