package io.newsdesk.access;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The question-body limit for bodies sent without a {@code Content-Length} (chunked), which the
 * door cannot judge up front: reading more than the limit refuses the request with 413.
 */
@Provider
class QuestionBodyLimit implements ReaderInterceptor {

    // Interceptors are created at static init, before runtime configuration: look it up on use.
    private final Instance<LimitsConfig> limits;

    QuestionBodyLimit(Instance<LimitsConfig> limits) {
        this.limits = limits;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getProperty(AccessFilter.ROUTE) instanceof Route route && route.questionBody()) {
            context.setInputStream(new Limited(context.getInputStream(), limits.get().askBodySize().asLongValue()));
        }
        return context.proceed();
    }

    /** Counts what is read and refuses past the limit. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
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
            if (read > limit) {
                throw AccessFilter.tooLarge(limit);
            }
        }
    }
}
