package eu.flightclaim.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (Debian's {@code haproxy}) in front of a deployment group's instances: round robin for the
 * API and the portal (they keep no state between requests), sticky sessions for the console (a cookie
 * naming the instance, so its Faces views are where the user left them; if that instance dies, the
 * console's session carries on from the data grid on another). Only instances whose
 * {@code /health/ready} answers 200 get requests; a request whose connection is refused goes to
 * another instance. The client's address goes in {@code Proxy-ip}, the header Payara's HTTP listener
 * reads as the remote address when {@code auth-pass-through-enabled} is on (the rate limits count
 * per client, not per balancer), and a client's own {@code Proxy-*} headers are dropped. A real
 * deployment adds TLS (and {@code secure} on the cookie) and may drop {@code X-Served-By}.
 */
public final class LoadBalancer implements AutoCloseable {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    /** The cookie that pins a console session to its instance. */
    public static final String STICKY_COOKIE = "FC_INSTANCE";
    /** The response header naming the instance that answered (for operators and the cluster test). */
    public static final String SERVED_BY = "X-Served-By";

    private final int port;
    private final Map<String, Integer> instances;
    private Process process;

    /** @param instances instance name → its HTTP port, in order */
    public LoadBalancer(int port, Map<String, Integer> instances) {
        this.port = port;
        this.instances = instances;
    }

    public static boolean installed() {
        return Files.isExecutable(HAPROXY);
    }

    public String httpBase() {
        return "http://localhost:" + port;
    }

    /** The configuration: the reference for a real deployment's balancer, with the hosts changed and TLS added. */
    String configuration() {
        return """
                global
                    maxconn 4000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 5m
                    timeout server 5m
                    timeout http-request 30s
                    # a refused connection (an instance gone) is retried, each time on another instance: the
                    # request was never sent
                    retries 3
                    option redispatch 1
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2

                frontend flightclaim
                    bind 127.0.0.1:%d
                    http-request del-header Proxy- -m beg
                    http-request set-header Proxy-ip %%[src]
                    http-response set-header %s %%[srv_name]
                    use_backend console if { path_beg /admin }
                    default_backend api

                backend api
                    balance roundrobin
                %s
                backend console
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                %s""".formatted(port, SERVED_BY, servers(false), STICKY_COOKIE, servers(true));
    }

    private String servers(boolean sticky) {
        StringBuilder servers = new StringBuilder();
        instances.forEach((name, httpPort) -> servers.append("    server ").append(name).append(" 127.0.0.1:")
                .append(httpPort).append(" check").append(sticky ? " cookie " + name : "").append('\n'));
        return servers.toString();
    }

    /** Writes the configuration into {@code dir} and starts HAProxy in the foreground of its process. */
    public void start(Path dir) {
        if (!installed()) {
            throw new IllegalStateException("HAProxy is not installed: apt-get install haproxy");
        }
        Path config = dir.resolve("haproxy.cfg");
        try {
            Files.createDirectories(dir);
            Files.writeString(config, configuration(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = dir.resolve("haproxy.out");
        process = ChildProcess.start(List.of(HAPROXY.toString(), "-db", "-f", config.toString()), log);
        ChildProcess.awaitPort(process, port, () -> true, Duration.ofSeconds(10), log, "HAProxy");
    }

    @Override
    public void close() {
        if (process != null) {
            ChildProcess.stop(process);
            process = null;
        }
    }
}
