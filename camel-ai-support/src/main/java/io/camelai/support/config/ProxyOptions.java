package io.camelai.support.config;

import java.util.regex.Pattern;

/**
 * The proxy options checked as one set at endpoint creation: they only make sense together, and a half-configured
 * proxy would otherwise send requests directly (or credentials nowhere) without a word.
 */
final class ProxyOptions {

    /** A host name, IPv4 or bracketed IPv6 address: nothing that could carry a path, user info or a port. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");

    private ProxyOptions() {}

    static void check(AiConfiguration cfg) {
        String host = cfg.getProxyHost();
        boolean hasHost = host != null && !host.isBlank();
        if (hasHost && !HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Option proxyHost must be a host name or an IP address (no scheme,"
                    + " port or path); the port goes in proxyPort");
        }
        if (hasHost != (cfg.getProxyPort() != null)) {
            throw new IllegalArgumentException("Options proxyHost and proxyPort go together: set both or neither");
        }
        boolean hasUser = cfg.getProxyUser() != null;
        if (hasUser != (cfg.getProxyPassword() != null)) {
            throw new IllegalArgumentException("Options proxyUser and proxyPassword go together: set both or neither");
        }
        if (hasUser && !hasHost) {
            throw new IllegalArgumentException("Options proxyUser and proxyPassword need proxyHost and proxyPort");
        }
        if (hasUser && "SOCKS".equals(cfg.getProxyType())) {
            throw new IllegalArgumentException("Options proxyUser and proxyPassword apply to HTTP proxies only"
                    + " (proxyType=HTTP): authentication to a SOCKS proxy is not supported");
        }
    }
}
