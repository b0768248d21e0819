package eu.flightclaim.api.docs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;

/**
 * OpenAPI model objects for unit tests, where Payara's implementation is not on the class path: each
 * model interface backed by a map of its properties (getters, setters, fluent setters, add methods).
 * Like Payara's, the maps and lists it hands out are read-only.
 */
public class MapModels extends OASFactoryResolver {

    @Override
    public <T extends Constructible> T createObject(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Values()));
    }

    private static final class Values implements InvocationHandler {

        private final Map<String, Object> values = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) {
            String name = method.getName();
            int count = args == null ? 0 : args.length;
            switch (name) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return values.toString();
                default:
                    break;
            }
            if (count == 0 && (name.startsWith("get") || name.startsWith("is"))) {
                Object value = values.get(property(name));
                return value instanceof Map<?, ?> map ? Collections.unmodifiableMap(map)
                        : value instanceof List<?> list ? Collections.unmodifiableList(list) : value;
            }
            if (count == 1 && name.startsWith("get")) { // one entry of a map: getAPIResponse("200")
                Object map = values.get(plural("add" + name.substring(3)));
                return map instanceof Map<?, ?> entries ? entries.get(args[0]) : null;
            }
            if (count == 1 && name.startsWith("set")) {
                values.put(property(name), args[0]);
                return null;
            }
            if (count == 2 && name.startsWith("add")) {
                ((Map<Object, Object>) values.computeIfAbsent(plural(name), k -> new LinkedHashMap<>()))
                        .put(args[0], args[1]);
                return proxy;
            }
            if (count == 1 && name.startsWith("add")) {
                ((List<Object>) values.computeIfAbsent(plural(name), k -> new ArrayList<>())).add(args[0]);
                return proxy;
            }
            if (count == 1) {
                values.put(name, args[0]); // the fluent setter: schema.description("…")
                return proxy;
            }
            throw new UnsupportedOperationException(name);
        }

        private static String property(String accessor) {
            String rest = accessor.substring(accessor.startsWith("is") ? 2 : 3);
            return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }

        private static String plural(String adder) {
            String singular = property("get" + adder.substring(3));
            return switch (singular) {
                case "property" -> "properties";
                case "mediaType" -> "mediaTypes";
                case "aPIResponse" -> "aPIResponses";
                default -> singular;
            };
        }
    }
}
