package org.faultline.api;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The DNS-rebinding guard: a request is answered only when its Host header names this server. A page on another
 * site that rebinds its own name to 127.0.0.1 still sends its own name as Host, so it is refused. Accepted: the
 * loopback names (localhost, 127.0.0.1, [::1]), the address the server is bound to, every address of this machine
 * when bound to all of them (an IP literal cannot be rebound), and names configured with {@code --allow-host}; any
 * port.
 */
final class HostCheck {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]([a-z0-9_.-]{0,252})?");
    private static final Pattern IPV6 = Pattern.compile("\\[(?=[0-9a-f.]*:)[0-9a-f:.]{2,45}]");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[0:0:0:0:0:0:0:1]");

    private final Set<String> allowed;
    private final Set<String> configured;

    private HostCheck(Set<String> allowed, Set<String> configured) {
        this.allowed = Collections.unmodifiableSet(allowed);
        this.configured = Collections.unmodifiableSet(configured);
    }

    /** The hosts a server bound to {@code bound} answers to, plus {@code extra} names. */
    static HostCheck of(String bound, List<String> extra) {
        Set<String> allowed = new TreeSet<>(LOOPBACK), configured = new TreeSet<>();
        for (String e : extra) {
            String n = normalise(e);
            if (n == null) throw new IllegalArgumentException("allowed host '" + e + "' is not a host name or IP address");
            configured.add(n);
        }
        allowed.addAll(configured);
        String b = normalise(bound);
        if (b != null && (b.equals("0.0.0.0") || b.equals("[0:0:0:0:0:0:0:0]"))) allowed.addAll(machineAddresses());
        else if (b != null) allowed.add(b);
        return new HostCheck(allowed, configured);
    }

    /** Names given with --allow-host, normalised. */
    Set<String> configured() {
        return configured;
    }

    /** Null when a request with this Host header is answered; else why not, in words naming it. */
    String refusal(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank())
            return "request has no Host header; this server answers only requests naming it";
        String name = normalise(withoutPort(hostHeader.strip()));
        if (name != null && allowed.contains(name)) return null;
        String shown = hostHeader.length() > 100 ? hostHeader.substring(0, 100) + "..." : hostHeader;
        return "Host '" + shown + "' is not a name this server answers to (a guard against DNS rebinding);"
                + (name == null ? "" : " to allow it, start the server with --allow-host " + name);
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0) return host;
            String rest = host.substring(end + 1);
            return rest.isEmpty() || rest.matches(":\\d{1,5}") ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(':') == colon && host.substring(colon + 1).matches("\\d{1,5}")) return host.substring(0, colon);
        return host;
    }

    /** Lower case, without a trailing dot, IPv6 in brackets; null when it is no host name or address. */
    static String normalise(String host) {
        if (host == null) return null;
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (h.contains(":") && !h.startsWith("[")) h = "[" + h + "]";
        if (IPV6.matcher(h).matches()) return canonicalIpv6(h);
        return NAME.matcher(h).matches() ? h : null;
    }

    /** "[::1]" and "[0:0:0:0:0:0:0:1]" are one address: the JDK's spelling of it (a literal: no DNS look-up). */
    private static String canonicalIpv6(String bracketed) {
        try {
            String s = InetAddress.getByName(bracketed).getHostAddress();   // brackets: a literal or an error
            int zone = s.indexOf('%');
            return "[" + (zone < 0 ? s : s.substring(0, zone)) + "]";
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private static Set<String> machineAddresses() {
        Set<String> out = new TreeSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces()))
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    String s = a.getHostAddress();
                    int zone = s.indexOf('%');
                    String n = normalise(zone < 0 ? s : s.substring(0, zone));
                    if (n != null) out.add(n);
                }
        } catch (SocketException e) {
            // no interface list: the loopback names and configured names still work
        }
        return out;
    }
}
