package io.newsdesk.access;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body limits (questions, one-article requests) for bodies sent without a {@code Content-Length}
 * (chunked), which the door cannot judge up front: reading more than the limit refuses the request
 * with 413.
 */
@Provider
class ChunkedBodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(AccessFilter.BODY_LIMIT) instanceof AccessFilter.BodyLimit limit) {
            context.setInputStream(new Limited(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /** Counts what is read and refuses past the limit. */
    private static final class Limited extends FilterInputStream {

        private final AccessFilter.BodyLimit limit;
        private long read;

        Limited(InputStream in, AccessFilter.BodyLimit limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.bytes()) {
                throw limit.refusal();
            }
        }
    }
}
