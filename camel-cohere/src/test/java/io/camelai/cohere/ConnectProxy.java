package io.camelai.cohere;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP proxy for tests that only tunnels ({@code CONNECT host:port}, RFC 9110 section 9.3.6), as HTTPS
 * through a proxy needs; MockWebServer answers requests but cannot pipe a tunnel. It asks for one {@code Basic}
 * credential (407 until it comes), tunnels only to loopback addresses, reads at most 8 KiB of request head, serves a
 * few connections at a time, and closes every socket on {@link #close()}.
 */
final class ConnectProxy implements AutoCloseable {

    /** One CONNECT request head as the proxy read it. */
    record Connect(String target, String proxyAuthorization) {}

    private static final int MAX_HEAD = 8192;
    private static final int MAX_CONNECTIONS = 8;
    private static final int TIMEOUT_MILLIS = 10_000;

    private final String expectedAuthorization;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newFixedThreadPool(MAX_CONNECTIONS * 2 + 1, r -> {
        Thread t = new Thread(r, "connect-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Connect> connects = new CopyOnWriteArrayList<>();

    /** @param expectedAuthorization the {@code Proxy-Authorization} value that opens a tunnel */
    ConnectProxy(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        this.server = new ServerSocket(0, MAX_CONNECTIONS, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    String host() {
        return server.getInetAddress().getHostAddress();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Every CONNECT received, in order (the refused ones too). */
    List<Connect> connects() {
        return List.copyOf(connects);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : open) {
            s.close();
        }
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (open.size() >= MAX_CONNECTIONS) {
                    client.close();
                    continue;
                }
                track(client);
                threads.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Answers CONNECT heads on one connection until one is authorized, then tunnels. */
    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(TIMEOUT_MILLIS);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                String authorization = header(lines, "proxy-authorization");
                if (requestLine.length != 3 || !"CONNECT".equals(requestLine[0])) {
                    respond(out, "405 Method Not Allowed", "Allow: CONNECT");
                    return;
                }
                connects.add(new Connect(requestLine[1], authorization));
                if (!expectedAuthorization.equals(authorization)) {
                    respond(out, "407 Proxy Authentication Required",
                            "Proxy-Authenticate: Basic realm=\"test proxy\"");
                    continue; // the client may answer on the same connection
                }
                InetSocketAddress target = loopbackTarget(requestLine[1]);
                if (target == null) {
                    respond(out, "403 Forbidden", null);
                    return;
                }
                try (Socket upstream = new Socket(target.getAddress(), target.getPort())) {
                    track(upstream);
                    respond(out, "200 Connection established", null);
                    threads.execute(() -> pipe(in, upstream));
                    pipe(upstream, out);
                }
                return;
            }
        } catch (IOException e) {
            // the client or the target went away: the tunnel ends
        } finally {
            open.remove(client);
        }
    }

    private void track(Socket socket) throws IOException {
        open.add(socket);
        if (server.isClosed()) {
            socket.close();
        }
    }

    private static void pipe(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    private static void pipe(Socket from, OutputStream to) throws IOException {
        from.setSoTimeout(TIMEOUT_MILLIS);
        from.getInputStream().transferTo(to);
    }

    /** The request head up to its blank line, byte by byte so no tunnel byte is read; null at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (head.size() >= MAX_HEAD) {
                throw new IOException("request head over " + MAX_HEAD + " bytes");
            }
            head.write(b);
            if ((b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1)) {
                matched++;
            } else {
                matched = b == '\r' ? 1 : 0;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String header(String[] lines, String name) {
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return lines[i].substring(colon + 1).trim();
            }
        }
        return null;
    }

    /** {@code host:port} when the host is a loopback address (the test's own servers only), else null. */
    private static InetSocketAddress loopbackTarget(String authority) {
        int colon = authority.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            InetAddress address = InetAddress
                    .getByName(authority.substring(0, colon).replace("[", "").replace("]", ""));
            int port = Integer.parseInt(authority.substring(colon + 1));
            return address.isLoopbackAddress() ? new InetSocketAddress(address, port) : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static void respond(OutputStream out, String status, String header) throws IOException {
        String response = "HTTP/1.1 " + status + "\r\n" + (header == null ? "" : header + "\r\n")
                + "Content-Length: 0\r\n\r\n";
        out.write(response.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
