package eu.flightclaim.files.infrastructure.storage;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A real WebDAV server in-process: Tomcat's WebdavServlet over a folder, on a free port, with a
 * switch that makes the next PUTs fail with a given status (to test retries) and a PUT counter.
 */
public final class WebDavTestServer implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    public final Path root;
    public final AtomicInteger puts = new AtomicInteger();
    public final AtomicInteger failNextPuts = new AtomicInteger();
    public volatile int failStatus = 503;
    /** While true, every request is answered {@link #failStatus}: the server is "down" for the application. */
    public volatile boolean down;

    public WebDavTestServer(Path work) throws IOException, LifecycleException {
        root = Files.createDirectories(work.resolve("dav")).toAbsolutePath();
        tomcat.setBaseDir(Files.createDirectories(work.resolve("tomcat")).toAbsolutePath().toString());
        tomcat.setPort(0);
        Context ctx = tomcat.addContext("", root.toString());
        Wrapper dav = Tomcat.addServlet(ctx, "webdav", new WebdavServlet());
        dav.addInitParameter("readonly", "false");
        dav.addInitParameter("listings", "true");
        // initialised at start: Tomcat's background thread otherwise asks its lock store for expired
        // locks before the first request made it (a NullPointerException logged every 10 s)
        dav.setLoadOnStartup(1);
        ctx.addServletMappingDecoded("/*", "webdav");
        FilterDef def = new FilterDef();
        def.setFilterName("faults");
        def.setFilter(new Faults());
        ctx.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("faults");
        map.addURLPattern("/*");
        ctx.addFilterMap(map);
        tomcat.getConnector();
        tomcat.start();
    }

    public String url() {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/";
    }

    void stop() throws LifecycleException {
        tomcat.stop();
    }

    private boolean closed;

    @Override
    public synchronized void close() throws Exception {
        if (!closed) {
            closed = true;
            tomcat.stop();
            tomcat.destroy();
        }
    }

    private final class Faults implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            if (down) {
                ((HttpServletResponse) res).sendError(failStatus);
                return;
            }
            if ("PUT".equals(((HttpServletRequest) req).getMethod())) {
                puts.incrementAndGet();
                if (failNextPuts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    req.getInputStream().readAllBytes();
                    ((HttpServletResponse) res).sendError(failStatus);
                    return;
                }
            }
            chain.doFilter(req, res);
        }
    }
}
