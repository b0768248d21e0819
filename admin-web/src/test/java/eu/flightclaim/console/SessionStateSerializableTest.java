package eu.flightclaim.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console is distributable: on a deployment group every view- and session-scoped bean is
 * serialized into the data grid at the end of each request, and a field that cannot be is logged
 * as SEVERE and leaves the copy on the grid stale (a user on the instance that takes over after a
 * failure would see an older page). This reads every such bean's fields, the types they declare,
 * their type arguments and the fields of the product's own types inside them, and names any that
 * is not serializable, or is an entity: a page keeps a record of what it shows, not a detached
 * entity that goes stale and carries all its row holds (a document's wrapped key) onto the grid.
 * Injected fields are the container's business: Weld refuses a deployment whose passivating bean
 * depends on something that cannot passivate. It reads declared types: what a lambda captures, or
 * a collection whose implementation cannot be serialized ({@code Map.entry},
 * a {@code subList}), it cannot see; {@code ClusterIT} reads the instances' logs for those.
 */
class SessionStateSerializableTest {

    /** Declared as interfaces; what they hold is checked through their type arguments. */
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Collection.class, Map.class);

    @Test
    void everyBeanKeptInTheSessionHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = consoleClasses().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertTrue(beans.size() >= 10, "the console's page beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsStateThatCannotBeSerialized() {
        List<String> problems = new ArrayList<>();
        fields(Unserializable.class, "Unserializable", new HashSet<>(), problems);
        // the order of a class's fields is the JVM's, not the source's
        assertEquals(Set.of("Unserializable.rows: element of java.util.List<" + Unserializable.Row.class.getTypeName()
                + ">: " + Unserializable.Row.class.getName() + " is not Serializable",
                "Unserializable.entries: element of java.util.List<java.util.Map$Entry<java.lang.String, java.lang"
                        + ".String>>: java.util.Map$Entry is not Serializable",
                "Unserializable.kept.inner: java.lang.Object is not Serializable",
                "Unserializable.stored: " + Unserializable.Stored.class.getName() + " is an entity",
                "Unserializable.kinds: element of java.util.List<" + Unserializable.StoredKind.class.getTypeName()
                        + ">: " + Unserializable.StoredKind.class.getName() + " is an entity"), Set.copyOf(problems));
        assertEquals(5, problems.size());
    }

    private static void fields(Class<?> type, String path, Set<Type> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("eu.flightclaim.")) {
                return;
            }
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                        || f.isAnnotationPresent(Inject.class) || f.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), seen, problems);
            }
        }
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (!CONTAINERS.contains(raw)) {
                check(raw, path, seen, problems);
            }
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + ": element of " + p.getTypeName(), seen, problems);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]", seen, problems);
            } else if (persistent(c)) {
                problems.add(path + ": " + c.getName() + " is an entity");
            } else if (!c.isPrimitive() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is not Serializable");
            } else if (seen.add(c)) {
                fields(c, path, seen, problems);
            }
        }
        // type variables and wildcards: bound where the bean declares its field, checked there
    }

    /** Mapped by JPA, itself or through a superclass (the annotations are not inherited). */
    private static boolean persistent(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.isAnnotationPresent(Entity.class) || k.isAnnotationPresent(Embeddable.class)
                    || k.isAnnotationPresent(MappedSuperclass.class)) {
                return true;
            }
        }
        return false;
    }

    /** The console's classes, from the module's compiled output. */
    private static List<Class<?>> consoleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(LazyRows.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        SessionStateSerializableTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /** What the check must refuse: an element type, an interface element, a field inside a kept type, an entity and its subclass. */
    @SuppressWarnings("unused")
    static class Unserializable implements Serializable {
        private static final long serialVersionUID = 1L;

        record Row(String text) {
        }

        record Kept(String fine, Object inner) implements Serializable {
        }

        @Entity
        static class Stored {
        }

        static class StoredKind extends Stored implements Serializable {
            private static final long serialVersionUID = 1L;
        }

        private List<Row> rows;
        private List<Map.Entry<String, String>> entries;
        private Kept kept;
        private Stored stored;
        private List<StoredKind> kinds;
        private transient Object skipped;
    }
}
