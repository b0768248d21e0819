package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.api.ApiApplication;
import eu.flightclaim.api.problem.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {

    private final ResourceMethods api = ResourceMethods.ofTheApi();

    @Test
    void everyResourceClassOfTheApiIsListed() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Set<String> found = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("eu/flightclaim/api"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    if (Class.forName(name, false, getClass().getClassLoader()).isAnnotationPresent(Path.class)) {
                        found.add(name);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        Set<String> listed = new TreeSet<>(ResourceMethods.RESOURCES.stream().map(Class::getName).toList());
        assertEquals(found, listed);
    }

    @Test
    void findsTheMethodBehindAnOperationOfTheDocument() throws NoSuchMethodException {
        assertEquals(eu.flightclaim.api.claim.ClaimResource.class.getMethod("get", String.class),
                api.find("GET", "/api/v1/claims/{id}").orElseThrow().method());
        assertEquals("revoke", api.find("delete", "/api/v1/admin/documents/{id}/share-links/{linkId}").orElseThrow()
                .method().getName());
        assertEquals("search", api.find("GET", "/api/v1/admin/claims/").orElseThrow().method().getName(),
                "a trailing slash is the same path");
        assertEquals("list", api.find("GET", "/ctx/api/v1/claims").orElseThrow().method().getName(),
                "behind a context root");
        assertTrue(api.find("POST", "/api/v1/claims/{id}").isEmpty());
        assertTrue(api.find("GET", "/api/v1/nothing").isEmpty());
    }

    @Test
    void theRolesAreThoseRolesAllowedFeatureChecks() {
        assertNull(api.find("GET", "/api/v1/me").orElseThrow().rolesAllowed(), "any signed-in caller");
        assertNull(api.find("GET", "/api/v1/airports").orElseThrow().rolesAllowed(), "anyone");
        assertEquals(List.of("customer"), api.find("GET", "/api/v1/claims").orElseThrow().rolesAllowed());
        assertEquals(List.of("admin", "superadmin"),
                api.find("GET", "/api/v1/admin/documents/{id}/quarantine").orElseThrow().rolesAllowed(),
                "the method's own roles, not its class's");
    }

    @Test
    void noResourceClassDocumentsResponses() {
        // Payara applies a class's @APIResponse only to the methods that carry two or more of their own
        for (Class<?> resource : ResourceMethods.RESOURCES) {
            assertTrue(resource.getAnnotationsByType(APIResponse.class).length == 0
                    && !resource.isAnnotationPresent(APIResponses.class), resource.getName());
        }
    }

    @Test
    void noResourceMethodRepeatsAStandardProblemResponse() {
        List<String> everyRole = List.of(ApiApplication.class.getAnnotation(DeclareRoles.class).value());
        List<String> repeated = new ArrayList<>();
        api.all().forEach((key, target) -> {
            Method m = target.method();
            var standard = StandardProblems.of(new StandardProblems.Operation(takesInput(m),
                    m.isAnnotationPresent(SecurityRequirement.class)
                            || target.resource().isAnnotationPresent(SecurityRequirement.class),
                    target.rolesAllowed(), Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(
                            PathParam.class))), everyRole);
            for (APIResponse r : m.getAnnotationsByType(APIResponse.class)) {
                String description = standard.get(r.responseCode());
                if (description != null && (r.description().isBlank() || r.description().equals(description))) {
                    repeated.add(key + " " + r.responseCode());
                }
            }
        });
        assertEquals(List.of(), repeated, "OpenApiCleanup adds these; a method's own says what is particular to it");
    }

    @Test
    void aMethodThatReturnsAListDocumentsAnArray() {
        List<String> wrong = new ArrayList<>();
        api.all().forEach((key, target) -> {
            if (java.util.Collection.class.isAssignableFrom(target.method().getReturnType())) {
                Arrays.stream(target.method().getAnnotationsByType(APIResponse.class))
                        .filter(r -> r.responseCode().startsWith("2"))
                        .flatMap(r -> Arrays.stream(r.content()))
                        .filter(c -> c.schema().type() != org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
                        .forEach(c -> wrong.add(key));
            }
        });
        assertEquals(List.of(), wrong, "a list documented as one object");
    }

    @Test
    void noResourceMethodSpellsOutTheProblemContent() {
        List<String> spelledOut = new ArrayList<>();
        api.all().forEach((key, target) -> {
            for (APIResponse r : target.method().getAnnotationsByType(APIResponse.class)) {
                if (StandardProblems.isProblem(r.responseCode()) && Arrays.stream(r.content())
                        .anyMatch(c -> c.mediaType().equals(Problem.MEDIA_TYPE))) {
                    spelledOut.add(key + " " + r.responseCode());
                }
            }
        });
        assertEquals(List.of(), spelledOut, "OpenApiCleanup gives every error response the Problem content");
    }

    /** A body (a parameter JAX-RS does not fill from the request's parts, or a declared one) or a query parameter. */
    private static boolean takesInput(Method m) {
        Set<Class<? extends Annotation>> notBody = Set.of(PathParam.class, HeaderParam.class, CookieParam.class,
                MatrixParam.class, FormParam.class, BeanParam.class, Context.class, Suspended.class, QueryParam.class);
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(QueryParam.class)
                    || Arrays.stream(p.getAnnotations()).noneMatch(a -> notBody.contains(a.annotationType()))) {
                return true;
            }
        }
        return m.isAnnotationPresent(RequestBody.class);
    }
}
