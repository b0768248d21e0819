package eu.flightclaim.api.docs;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Swagger UI over the OpenAPI document at {@code /openapi}: {@code /api/docs}. */
@WebServlet("/api/docs")
public class ApiDocsPage extends HttpServlet {

    /** The webjar's version, as its own Maven metadata says (one place: the parent POM). */
    private static final String VERSION = webjarVersion();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Flight Claim API</title>
              <link rel="stylesheet" href="%1$s/swagger-ui.css">
              <link rel="stylesheet" href="docs/docs.css">
            </head>
            <body>
              <main id="swagger-ui"></main>
              <script src="%1$s/swagger-ui-bundle.js"></script>
              <script src="docs/init.js"></script>
            </body>
            </html>
            """;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getWriter().write(PAGE.formatted(req.getContextPath() + "/webjars/swagger-ui/" + VERSION));
    }

    private static String webjarVersion() {
        Properties p = new Properties();
        try (InputStream in = ApiDocsPage.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
