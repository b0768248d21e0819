package eu.flightclaim.claims.infrastructure.mail;

import eu.flightclaim.claims.application.notification.EmailTemplateEngine;

import eu.flightclaim.claims.domain.model.notification.RenderedEmail;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.codes.PartialCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the email templates under {@code templates/email/}: for a template {@code name} the
 * files {@code name.subject.mustache}, {@code name.txt.mustache} and {@code name.html.mustache},
 * each of which staff may replace with an edited source (an override). Values are HTML-escaped in
 * the HTML body only. Plain Java, so it is tested without a container.
 */
public class EmailTemplates implements EmailTemplateEngine {

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
    /** Compiled templates by factory, part and source (shipped and saved sources only). */
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public boolean exists(String name) {
        return name != null && name.matches("[a-z0-9-]{1,100}")
                && EmailTemplates.class.getClassLoader().getResource(ROOT + name + ".subject.mustache") != null;
    }

    public boolean speaks(String name, String language) {
        return exists(name) && language != null && language.matches("[a-z]{2}") && !language.equals("en")
                && EmailTemplates.class.getClassLoader().getResource(ROOT + language + "/" + name + ".subject.mustache")
                        != null;
    }

    public RenderedEmail render(String name, Map<String, Object> model, String language) {
        if (!speaks(name, language)) {
            throw new IllegalArgumentException("No " + language + " text of the email template " + name);
        }
        Map<String, String> translated = new HashMap<>();
        for (String part : PARTS) {
            translated.put(part, read(ROOT + language + "/" + name + "." + part + ".mustache"));
        }
        return render(name, PortalWords.translate(model, language), translated, true);
    }

    /** Renders all three parts from the files; throws {@link IllegalArgumentException} for an unknown template. */
    public RenderedEmail render(String name, Map<String, Object> model) {
        return render(name, model, Map.of());
    }

    /** Renders all three parts, taking each part's source from {@code overrides} when it has one. */
    public RenderedEmail render(String name, Map<String, Object> model, Map<String, String> overrides) {
        return render(name, model, overrides, true);
    }

    /** {@code keep}: whether the compiled parts stay cached (not for sources only being previewed). */
    private RenderedEmail render(String name, Map<String, Object> model, Map<String, String> overrides, boolean keep) {
        if (!exists(name)) {
            throw new IllegalArgumentException("Unknown email template: " + name);
        }
        String subject = apply(plain, "subject", source(name, "subject", overrides), model, keep).strip()
                .replaceAll("[\\r\\n]+", " ");
        return new RenderedEmail(subject, apply(plain, "txt", source(name, "txt", overrides), model, keep),
                apply(html, "html", source(name, "html", overrides), model, keep));
    }

    /** The shipped source of one part. */
    public String defaultSource(String name, String part) {
        if (!exists(name) || !PARTS.contains(part)) {
            throw new IllegalArgumentException("Unknown email template part: " + name + "." + part);
        }
        return read(ROOT + name + "." + part + ".mustache");
    }

    private static String read(String resource) {
        try (InputStream in = EmailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Missing template file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values the shipped template uses: the only ones an edited version may use. */
    public Set<String> variables(String name) {
        Set<String> names = new TreeSet<>();
        for (String part : PARTS) {
            collectAll(compile(plain, part, defaultSource(name, part), true), names);
        }
        return names;
    }

    /**
     * Checks edited sources before they are saved: each must compile, include no other template and
     * use only values the email has. Returns the email rendered with sample values (the preview);
     * throws {@link IllegalArgumentException} saying which part is broken and why.
     */
    public RenderedEmail check(String name, Map<String, String> edited) {
        Set<String> known = variables(name);
        for (String part : PARTS) {
            String source = edited.get(part);
            if (source == null) {
                continue;
            }
            if (source.isBlank()) {
                throw new IllegalArgumentException(label(part) + " is empty.");
            }
            Set<String> used = new TreeSet<>();
            try {
                collectAll(compile(plain, part, source, false), used);
            } catch (MustacheException e) {
                throw new IllegalArgumentException(label(part) + " is not a valid template: " + e.getMessage());
            }
            used.removeAll(known);
            if (!used.isEmpty()) {
                throw new IllegalArgumentException(label(part) + " uses " + used.stream().map(v -> "{{" + v + "}}")
                        .toList() + ", which this email does not have. It has: " + known + ".");
            }
        }
        Map<String, Object> sample = new LinkedHashMap<>();
        known.forEach(v -> sample.put(v, "[" + v + "]"));
        return render(name, sample, edited, false);
    }

    private static String label(String part) {
        return switch (part) {
            case "subject" -> "The subject";
            case "txt" -> "The text body";
            default -> "The HTML body";
        };
    }

    /** The values a compiled part uses (its root carries the part's own name, which is not one). */
    private static void collectAll(Mustache root, Set<String> names) {
        Code[] codes = root.getCodes();
        if (codes != null) {
            for (Code c : codes) {
                collect(c, names);
            }
        }
    }

    private static void collect(Code code, Set<String> names) {
        if (code instanceof PartialCode) {
            throw new IllegalArgumentException("Templates may not include other templates ({{> " + code.getName() + "}}).");
        }
        if (code.getName() != null && !code.getName().isBlank()) {
            names.add(code.getName());
        }
        Code[] children = code.getCodes();
        if (children != null) {
            for (Code c : children) {
                collect(c, names);
            }
        }
    }

    private String source(String name, String part, Map<String, String> overrides) {
        String edited = overrides.get(part);
        return edited != null ? edited : defaultSource(name, part);
    }

    private String apply(MustacheFactory factory, String part, String source, Map<String, Object> model,
            boolean keep) {
        StringWriter out = new StringWriter();
        compile(factory, part, source, keep).execute(out, model);
        return out.toString();
    }

    /** Compiled once for the shipped and saved sources; every edit being tried is compiled afresh, not kept. */
    private Mustache compile(MustacheFactory factory, String part, String source, boolean keep) {
        if (!keep) {
            return factory.compile(new StringReader(source), part);
        }
        return compiled.computeIfAbsent((factory == html ? "h:" : "p:") + part + ":" + source,
                k -> factory.compile(new StringReader(source), part));
    }
}
