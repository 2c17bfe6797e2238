package io.camelai.support.http;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Bounds a unary response body while it is read: a declared {@code Content-Length} above the limit fails before a
 * byte is read, and any body fails with {@link ResponseTooLargeException} as soon as more than the limit arrived, so
 * no reader (a handler's {@code string()}, Jackson, the HTTP log) ever holds more. It counts decompressed bytes: it
 * runs as an application interceptor, after OkHttp undid any gzip.
 */
public final class ResponseLimit implements Interceptor {

    private final long maxBytes;

    public ResponseLimit(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be > 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > maxBytes) {
            response.close();
            throw new ResponseTooLargeException(maxBytes);
        }
        if (declared >= 0 && isHttp1(response.protocol())) {
            // OkHttp's HTTP/1 codec reads a body with a Content-Length through a source that ends after exactly
            // that many bytes, so a declared length within the limit bounds the body already: no second source
            // per call. (HTTP/2 does not stop a stream at its declared length; a gzip body has no declared length.)
            return response;
        }
        return response.newBuilder().body(new LimitedBody(body, maxBytes)).build();
    }

    private static boolean isHttp1(Protocol protocol) {
        return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
    }

    private static final class LimitedBody extends ResponseBody {
        private final ResponseBody delegate;
        private final BufferedSource source;

        LimitedBody(ResponseBody delegate, long maxBytes) {
            this.delegate = delegate;
            this.source = Okio.buffer(new LimitedSource(delegate.source(), maxBytes));
        }

        @Override
        public MediaType contentType() {
            return delegate.contentType();
        }

        @Override
        public long contentLength() {
            return delegate.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** Passes at most {@code maxBytes} through; one byte more fails. Reading exactly the limit never fails. */
    private static final class LimitedSource extends ForwardingSource {
        private final long maxBytes;
        private long read;

        LimitedSource(Source delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
            long remaining = maxBytes - read;
            if (remaining == 0) {
                // at the limit: only the end of the body may follow
                Buffer probe = new Buffer();
                if (super.read(probe, 1) == -1) {
                    return -1;
                }
                throw new ResponseTooLargeException(maxBytes);
            }
            long n = super.read(sink, Math.min(byteCount, remaining));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
