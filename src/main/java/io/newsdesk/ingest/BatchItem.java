package io.newsdesk.ingest;

/** One line of a batch: the article read from it, or why it could not be read. */
public record BatchItem(int line, ArticleInput input, String readError) {

    public static BatchItem read(int line, ArticleInput input) {
        return new BatchItem(line, input, null);
    }

    public static BatchItem unreadable(int line, String readError) {
        return new BatchItem(line, null, readError);
    }
}
