package dev.annexkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.wiremock.route.Route;
import dev.annexkit.mock.wiremock.route.RouteTable;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What users see of the SDK: readable model names, and every spec operation one accessor away. */
class PublicSurfaceTest {

    /** Names the generator invents when a schema has no name of its own. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "InlineObject\\d*|InlineResponse\\d*|Body\\d*|.*Inner|.*\\d{3}Response|.*Request\\d+|.*OneOf\\d*"
                    + "|.*AnyOf\\d*|.*AllOf\\d*|Object\\d+|.*_\\d+|[A-Z][a-z]+\\d+");

    @Test
    void noPublicModelHasAGeneratorPlaceholderName() throws IOException {
        List<String> models = publicClasses(Path.of("target/classes/dev/annexkit/sdk/model"));

        assertThat(models).hasSizeGreaterThan(20);
        assertThat(models).filteredOn(name -> PLACEHOLDER.matcher(name).matches()).isEmpty();
    }

    @Test
    void everySpecOperationIsAMethodOfAServiceTheClientExposes() {
        Set<String> reachable = new TreeSet<>();
        for (Method accessor : AnnexCloudClient.class.getMethods()) {
            if (accessor.getDeclaringClass() == AnnexCloudClient.class && accessor.getParameterCount() == 0
                    && accessor.getReturnType().getPackageName().equals("dev.annexkit.sdk.service")) {
                Arrays.stream(accessor.getReturnType().getMethods()).map(Method::getName).forEach(reachable::add);
            }
        }
        Set<String> operations = RouteTable.fromSpec().routes().stream()
                .map(Route::operationId).collect(Collectors.toCollection(TreeSet::new));

        assertThat(reachable).containsAll(operations);
    }

    @Test
    void theSignerKnowsEveryPathTemplateOfTheSpec() {
        Set<String> paths = RouteTable.fromSpec().routes().stream()
                .map(Route::pathTemplate).collect(Collectors.toCollection(TreeSet::new));

        assertThat(AnnexCloudClient.PATH_TEMPLATES).containsAll(paths);
    }

    @Test
    void noGeneratedPlumbingLeaksIntoAPublicServiceSignature() throws IOException {
        for (String service : publicClasses(Path.of("target/classes/dev/annexkit/sdk/service"))) {
            Class<?> type = load("dev.annexkit.sdk.service." + service);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Class<?>> types = new ArrayList<>(Arrays.asList(method.getParameterTypes()));
                types.add(method.getReturnType());
                types.addAll(Arrays.asList(method.getExceptionTypes()));
                assertThat(types).as(service + "." + method.getName())
                        .noneMatch(t -> t.getPackageName().startsWith("dev.annexkit.sdk.internal"));
            }
        }
    }

    private static List<String> publicClasses(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .filter(name -> Modifier.isPublic(load(directory, name).getModifiers()))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(Path directory, String simpleName) {
        String pkg = directory.toString().replace('\\', '/').replaceFirst("^target/classes/", "").replace('/', '.');
        return load(pkg + "." + simpleName);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
