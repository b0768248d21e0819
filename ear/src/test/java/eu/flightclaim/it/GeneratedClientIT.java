package eu.flightclaim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The OpenAPI document is good enough for a client: a Java client generated from the deployed
 * server's /openapi with openapi-generator compiles, and a small program written against it
 * (src/test/client) signs in is given a token and submits a claim through it.
 */
class GeneratedClientIT extends EarDeployment {

    @Test
    void aClientGeneratedFromOurOpenApiCompilesAndSubmitsAClaim() throws Exception {
        Path work = Path.of(System.getProperty("fc.work.dir"), "generated-client");
        deleteTree(work);
        Path spec = work.resolve("openapi.json");
        Files.createDirectories(work);
        Http.Reply openapi = Http.get("/openapi?format=JSON");
        assertEquals(200, openapi.status());
        Files.writeString(spec, openapi.body());
        JsonObject claim = Json.createReader(new java.io.StringReader(openapi.body())).readObject()
                .getJsonObject("components").getJsonObject("schemas").getJsonObject("Claim").getJsonObject("properties");
        assertEquals("uuid", claim.getJsonObject("id").getString("format"), claim.toString());
        assertEquals("date-time", claim.getJsonObject("createdAt").getString("format"), claim.toString());

        CodegenConfigurator config = new CodegenConfigurator().setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(work.resolve("client").toString())
                .setApiPackage("eu.flightclaim.client.api").setModelPackage("eu.flightclaim.client.model")
                .setInvokerPackage("eu.flightclaim.client").setValidateSpec(true)
                .addAdditionalProperty("useJakartaEe", true).addAdditionalProperty("openApiNullable", false)
                .addGlobalProperty("apiTests", "false").addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false").addGlobalProperty("modelDocs", "false");
        List<java.io.File> generated = new DefaultGenerator().opts(config.toClientOptInput()).generate();
        assertTrue(generated.stream().anyMatch(f -> f.getName().equals("ClaimsApi.java")), generated.toString());

        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(work.resolve("client/src/main/java")),
                Files.walk(Path.of(System.getProperty("fc.client.driver"))))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<Path> libs;
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("fc.client.lib")))) {
            libs = jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                String.join(java.io.File.pathSeparator, libs.stream().map(Path::toString).toList()), "-proc:none",
                "-nowarn", "-encoding", "UTF-8"));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        assertEquals(0, exit, "the generated client and the program using it compile: " + diagnostics);

        String email = "generated-" + System.nanoTime() + "@example.com";
        String token = MagicLinkSignInIT.signIn(email).getString("accessToken");
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path lib : libs) {
            urls.add(lib.toUri().toURL());
        }
        // only the client and its own libraries: nothing of this test's classpath leaks in
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> program = loader.loadClass("eu.flightclaim.client.SubmitClaimProgram");
            String reference = (String) program.getMethod("submit", String.class, String.class)
                    .invoke(null, IntegrationStack.httpBase(), token);
            assertTrue(reference.matches("FC-\\d{4}-\\d{6}"), reference);
            assertEquals(reference, Http.get("/api/v1/claims", token).json().getJsonArray("items").getJsonObject(0)
                    .getString("reference"));
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
