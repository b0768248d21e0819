package eu.flightclaim.claims.infrastructure.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the email templates under {@code templates/email/}: for a template {@code name} the
 * files {@code name.subject.mustache}, {@code name.txt.mustache} and {@code name.html.mustache}.
 * Values are HTML-escaped in the HTML body only. Plain Java, so it is tested without a container.
 */
public class EmailTemplates {

    private static final String ROOT = "templates/email/";

    private final MustacheFactory html = new DefaultMustacheFactory();
    private final MustacheFactory plain = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public boolean exists(String name) {
        return name != null && name.matches("[a-z0-9-]{1,100}")
                && EmailTemplates.class.getClassLoader().getResource(ROOT + name + ".subject.mustache") != null;
    }

    /** Renders all three parts; throws {@link IllegalArgumentException} for an unknown template. */
    public RenderedEmail render(String name, Map<String, Object> model) {
        if (!exists(name)) {
            throw new IllegalArgumentException("Unknown email template: " + name);
        }
        String subject = apply(plain, name + ".subject", model).strip().replaceAll("[\\r\\n]+", " ");
        return new RenderedEmail(subject, apply(plain, name + ".txt", model), apply(html, name + ".html", model));
    }

    private String apply(MustacheFactory factory, String file, Map<String, Object> model) {
        Mustache m = compiled.computeIfAbsent((factory == html ? "h:" : "p:") + file,
                k -> factory.compile(new StringReader(load(file)), file));
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    private static String load(String file) {
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(ROOT + file + ".mustache")) {
            if (in == null) {
                throw new IllegalArgumentException("Missing template file " + ROOT + file + ".mustache");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
