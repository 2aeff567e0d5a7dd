package dev.askbar.core.sql;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * A socket factory for the PostgreSQL driver that refuses any single server message over 16 MiB, before the
 * driver allocates room for it. The runner's caps bound result rows, but an error message carries whatever
 * value failed: {@code repeat('x', 150000000)::int} fails with all 150 million characters in its text, and
 * the driver reads an error whole. With this factory the connection is dropped instead and the question fails
 * with one sentence.
 *
 * <p>Use it for the data connections: {@code socketFactory=dev.askbar.core.sql.BoundedReplies} (a JDBC URL
 * parameter or a HikariCP data source property). It reads the protocol's framing only until an encrypted
 * session begins: under TLS or GSS encryption the framing is inside the encryption and the bound does not
 * apply.
 */
public final class BoundedReplies extends SocketFactory {

    /** Larger than any row, row description or ordinary message the runner can receive. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** The driver creates the factory by its class name, with no arguments. */
    public BoundedReplies() {}

    @Override
    public Socket createSocket() {
        return new BoundedSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new BoundedSocket();
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = new BoundedSocket();
        socket.bind(new java.net.InetSocketAddress(localHost, localPort));
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        Socket socket = new BoundedSocket();
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = new BoundedSocket();
        socket.bind(new java.net.InetSocketAddress(localAddress, localPort));
        socket.connect(new java.net.InetSocketAddress(address, port));
        return socket;
    }

    /** Thrown in place of reading a message that is too large; the runner turns it into one sentence. */
    static final class MessageTooLarge extends IOException {
        MessageTooLarge(long bytes) {
            super("the database sent a reply of " + bytes / (1024 * 1024) + " MB, more than AskBar reads at once");
        }
    }

    private static final class BoundedSocket extends Socket {
        private InputStream in;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new Framing(super.getInputStream());
            }
            return in;
        }
    }

    /**
     * Follows the framing of backend messages (a type byte, a four-byte length including itself, the body).
     * Before the first framed message the server may answer an SSL or GSS request with one byte: 'N' goes on
     * in plain text, 'S' or 'G' starts an encrypted session, after which bytes pass through unread.
     */
    private static final class Framing extends FilterInputStream {
        private final byte[] header = new byte[5];
        private int headerServed = 5;
        private long bodyLeft;
        private boolean started;
        private boolean encrypted;

        Framing(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (encrypted) {
                return in.read(b, off, len);
            }
            if (headerServed == 5 && bodyLeft == 0) {
                int type = in.read();
                if (type < 0) {
                    return -1;
                }
                if (!started && (type == 'N' || type == 'S' || type == 'G')) {
                    encrypted = type != 'N';
                    b[off] = (byte) type;
                    return 1;
                }
                started = true;
                header[0] = (byte) type;
                int got = in.readNBytes(header, 1, 4);
                if (got < 4) {
                    throw new java.io.EOFException("the database closed the connection mid-message");
                }
                long length = ((header[1] & 0xFFL) << 24)
                        | ((header[2] & 0xFFL) << 16)
                        | ((header[3] & 0xFFL) << 8)
                        | (header[4] & 0xFFL);
                if (length > MAX_MESSAGE_BYTES) {
                    throw new MessageTooLarge(length);
                }
                headerServed = 0;
                bodyLeft = Math.max(0, length - 4);
            }
            if (headerServed < 5) {
                int n = Math.min(len, 5 - headerServed);
                System.arraycopy(header, headerServed, b, off, n);
                headerServed += n;
                return n;
            }
            int n = in.read(b, off, (int) Math.min(len, bodyLeft));
            if (n > 0) {
                bodyLeft -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public int available() throws IOException {
            if (encrypted) {
                return in.available();
            }
            return headerServed < 5 ? 5 - headerServed : (int) Math.min(in.available(), bodyLeft);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
