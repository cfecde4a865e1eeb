package dev.portpath.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Request bodies without a length, as a chunked POST arrives, for the tests of the size limits. */
public final class ChunkedBodies {

	private ChunkedBodies() {
	}

	/** A POST whose body has no length (as a chunked one arrives) and is read from a stream. */
	public static final class ChunkedPost extends AbstractMockHttpServletRequestBuilder<ChunkedPost> {

		public final Counted body;

		public ChunkedPost(InputStream source) {
			super(HttpMethod.POST);
			this.body = new Counted(source);
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {

				@Override
				public ServletInputStream getInputStream() {
					return body;
				}
			};
		}
	}

	/** Counts the bytes the server takes from the body. */
	public static final class Counted extends ServletInputStream {

		private final InputStream in;

		public long consumed;

		Counted(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			consumed += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buf, int off, int len) throws IOException {
			int n = in.read(buf, off, len);
			consumed += Math.max(n, 0);
			return n;
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException();
		}
	}

	/** {@code {"manifests": "aaa...a"}}, {@code size} bytes in all, made as it is read. */
	public static final class EndlessJson extends InputStream {

		private static final byte[] HEAD = "{\"manifests\": \"".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private long at;

		public EndlessJson(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (at >= size) {
				return -1;
			}
			long i = at++;
			return i < HEAD.length ? HEAD[(int) i] : i >= size - TAIL.length ? TAIL[(int) (i - size + TAIL.length)] : 'a';
		}
	}
}
