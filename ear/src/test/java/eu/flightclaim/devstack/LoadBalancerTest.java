package eu.flightclaim.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBalancerTest {

    private static final Map<String, Integer> TWO = new LinkedHashMap<>(Map.of("fc-1", 31080));

    static {
        TWO.put("fc-2", 32080);
    }

    private final String config = new LoadBalancer(30090, TWO).configuration();

    @Test
    void theApiIsRoundRobinAndTheConsoleSticky() {
        String api = config.substring(config.indexOf("\nbackend api"), config.indexOf("\nbackend console"));
        String console = config.substring(config.indexOf("\nbackend console"));
        assertTrue(api.contains("balance roundrobin") && !api.contains("cookie"), api);
        assertTrue(api.contains("server fc-1 127.0.0.1:31080 check\n") && api.contains("server fc-2 127.0.0.1:32080 check\n"));
        assertTrue(console.contains("cookie " + LoadBalancer.STICKY_COOKIE + " insert"), console);
        assertTrue(console.contains("server fc-2 127.0.0.1:32080 check cookie fc-2"), console);
        assertTrue(config.contains("use_backend console if { path_beg /admin }"));
    }

    @Test
    void theClientsAddressReachesTheInstancesAndAClientCannotSetIt() {
        assertTrue(config.contains("http-request set-header Proxy-ip %[src]"), config);
        assertTrue(config.indexOf("http-request del-header Proxy- -m beg") < config.indexOf("set-header Proxy-ip"), config);
        assertTrue(config.contains("option redispatch 1") && config.contains("option httpchk GET /health/ready"));
    }

    @Test
    void haproxyAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(LoadBalancer.installed(), "haproxy is not installed");
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        Process check = new ProcessBuilder(LoadBalancer.HAPROXY.toString(), "-c", "-f", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), out);
    }
}
