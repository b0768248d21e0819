package eu.flightclaim.api.docs;

import eu.flightclaim.api.ApiApplication;
import eu.flightclaim.api.RolesAllowedFeature;
import eu.flightclaim.api.account.AccountResource;
import eu.flightclaim.api.privacy.ErasureAdminResource;
import eu.flightclaim.api.airline.AirlineResource;
import eu.flightclaim.api.airport.AirportResource;
import eu.flightclaim.api.auth.AuthResource;
import eu.flightclaim.api.batch.BatchAdminResource;
import eu.flightclaim.api.claim.ClaimResource;
import eu.flightclaim.api.claim.ClaimReviewResource;
import eu.flightclaim.api.claim.TermsResource;
import eu.flightclaim.api.document.DocumentAdminResource;
import eu.flightclaim.api.document.DocumentResource;
import eu.flightclaim.api.document.ValidationRulesResource;
import eu.flightclaim.api.eligibility.EligibilityResource;
import eu.flightclaim.api.email.EmailAdminResource;
import eu.flightclaim.api.staff.StaffAdminResource;
import eu.flightclaim.api.system.DependenciesResource;
import eu.flightclaim.api.system.InfoResource;
import eu.flightclaim.api.system.MeResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Java methods behind the operations of the OpenAPI document, found by HTTP method and path, so
 * the filter can document what only the Java side knows (which roles {@link RolesAllowedFeature}
 * lets in).
 */
final class ResourceMethods {

    /** The API's resource classes; a new one belongs here too (ResourceMethodsTest finds one left out). */
    static final List<Class<?>> RESOURCES = List.of(AirlineResource.class, AirportResource.class, AuthResource.class,
            BatchAdminResource.class, ClaimResource.class, ClaimReviewResource.class, DocumentAdminResource.class,
            DocumentResource.class, ValidationRulesResource.class, EligibilityResource.class, EmailAdminResource.class,
            StaffAdminResource.class, DependenciesResource.class, InfoResource.class, MeResource.class,
            TermsResource.class, AccountResource.class, ErasureAdminResource.class);

    /** One operation's Java side: its resource class and method. */
    record ResourceMethod(Class<?> resource, Method method) {

        /** The roles that may call it, as {@link RolesAllowedFeature} checks them; null when none is checked. */
        List<String> rolesAllowed() {
            String[] roles = RolesAllowedFeature.rolesAllowed(method, resource);
            return roles == null ? null : List.of(roles);
        }
    }

    private final Map<String, ResourceMethod> byKey = new TreeMap<>();

    ResourceMethods(Class<?> application, List<Class<?>> resources) {
        String root = application.getAnnotation(ApplicationPath.class).value();
        for (Class<?> resource : resources) {
            String base = root + "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String key = key(httpMethod, sub == null ? base : base + "/" + sub.value());
                    if (byKey.put(key, new ResourceMethod(resource, method)) != null) {
                        throw new IllegalStateException("Two resource methods answer " + key);
                    }
                }
            }
        }
    }

    /** The API's resource methods. */
    static ResourceMethods ofTheApi() {
        return new ResourceMethods(ApiApplication.class, RESOURCES);
    }

    /** The method behind an operation of the document ({@code path} as the document writes it). */
    Optional<ResourceMethod> find(String httpMethod, String path) {
        String wanted = key(httpMethod, path);
        ResourceMethod exact = byKey.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        // a document whose paths start with a context root: "GET /ctx/api/v1/x" is "GET /api/v1/x"
        String method = httpMethod.toUpperCase() + " ";
        return byKey.entrySet().stream().filter(e -> e.getKey().startsWith(method)
                && wanted.endsWith(e.getKey().substring(method.length()))).map(Map.Entry::getValue).findFirst();
    }

    /** Every operation, by key. */
    Map<String, ResourceMethod> all() {
        return byKey;
    }

    /** "METHOD /a/{b}/c": one slash between segments, none at the end, template parameters without regex. */
    static String key(String httpMethod, String path) {
        String normal = ("/" + path).replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/{2,}", "/");
        if (normal.length() > 1 && normal.endsWith("/")) {
            normal = normal.substring(0, normal.length() - 1);
        }
        return httpMethod.toUpperCase() + " " + normal;
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(h -> h != null).map(HttpMethod::value)
                .findFirst().orElse(null);
    }
}
