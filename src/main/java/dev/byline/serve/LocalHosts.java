package dev.byline.serve;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers the preview answers: this computer's names ({@code localhost}), any IP address written
 * as such, and the name it was told to listen on. A web page the writer visits can point a name of its own at
 * 127.0.0.1 (DNS rebinding) and read unpublished drafts through the browser; such a request carries that name, so it
 * is refused. An address written as digits cannot be rebound: a page at one is the address itself.
 */
final class LocalHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+(%[0-9A-Za-z._~-]+)?]");

    private final String listenName;

    /** @param listenName the host name or address {@code serve --host} named */
    LocalHosts(String listenName) {
        this.listenName = normal(listenName);
    }

    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = normal(withoutPort(hostHeader.strip()));
        return host.equals("localhost") || host.equals(listenName) || IPV4.matcher(host).matches()
                || IPV6.matcher(host).matches();
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        boolean portAfterColon = colon > host.lastIndexOf(']') && (host.startsWith("[") || host.indexOf(':') == colon);
        return portAfterColon ? host.substring(0, colon) : host;
    }

    /** Lower case, without the trailing dot a fully qualified name may carry; an IPv6 address in brackets. */
    private static String normal(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }
}
