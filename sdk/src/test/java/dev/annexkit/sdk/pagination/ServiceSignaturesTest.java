package dev.annexkit.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.sdk.AnnexCloudClient;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the public services to their calling conventions, read against the generated plumbing they wrap: optional
 * parameters travel in a params object (never as positional nulls), and every paged operation has its auto-pager
 * on its own service.
 */
class ServiceSignaturesTest {

    /** A generated call: its name and its parameter list, each parameter marked nullable or not. */
    private static final Pattern GENERATED_CALL =
            Pattern.compile("public (?!okhttp3)(?!ApiResponse)[\\w<>, .]+ (\\w+)\\(([^)]*)\\) throws ApiException");
    private static final Path GENERATED_APIS =
            Path.of("target/generated-sources/openapi/src/main/java/dev/annexkit/sdk/internal/api");

    @Test
    void everyOperationWithAPageParameterHasAnAutoPagerOnItsService() throws IOException {
        Set<String> paged = generatedCalls().entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> p.endsWith(" page")))
                .map(e -> e.getKey() + "AutoPaging").collect(Collectors.toCollection(TreeSet::new));
        Set<String> pagers = servicePublicMethods().stream().map(Method::getName)
                .filter(n -> n.endsWith("AutoPaging")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(paged).hasSizeGreaterThan(15);
        assertThat(pagers).isEqualTo(paged);
    }

    @Test
    void noServiceMethodTakesAnOptionalParameterPositionally() throws IOException {
        Map<String, List<String>> calls = generatedCalls();
        List<String> offenders = new ArrayList<>();
        for (Method method : servicePublicMethods()) {
            String operation = method.getName().replace("AutoPaging", "");
            List<String> params = calls.get(operation);
            if (params == null) {
                continue;
            }
            long required = params.stream().filter(p -> !p.contains("Nullable")).count();
            boolean takesParamsObject = method.getParameterCount() > 0
                    && method.getParameterTypes()[method.getParameterCount() - 1].getSimpleName().endsWith("Params");
            long positional = method.getParameterCount() - (takesParamsObject ? 1 : 0);
            if (positional > required) {
                offenders.add(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                        + Arrays.toString(method.getParameterTypes()));
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void servicesCannotBeBuiltAroundGeneratedPlumbing() {
        for (Class<?> service : services()) {
            assertThat(Arrays.stream(service.getConstructors())
                    .flatMap(c -> Arrays.stream(c.getParameterTypes()))
                    .map(Class::getName))
                    .as(service.getSimpleName())
                    .noneMatch(type -> type.startsWith("dev.annexkit.sdk.internal"));
        }
    }

    private static List<Class<?>> services() {
        return Arrays.stream(AnnexCloudClient.class.getMethods())
                .map(Method::getReturnType)
                .filter(type -> type.getPackageName().equals("dev.annexkit.sdk.service"))
                .distinct().collect(Collectors.toList());
    }

    private static List<Method> servicePublicMethods() {
        return services().stream().flatMap(s -> Arrays.stream(s.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers())).collect(Collectors.toList());
    }

    /** Every generated call by operation id, with its parameter declarations (annotations included). */
    private static Map<String, List<String>> generatedCalls() throws IOException {
        Map<String, List<String>> calls = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(GENERATED_APIS)) {
            sources = files.collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher m = GENERATED_CALL.matcher(Files.readString(source));
            while (m.find()) {
                String name = m.group(1);
                if (name.endsWith("WithHttpInfo") || name.endsWith("Call") || name.endsWith("Async")) {
                    continue;
                }
                List<String> params = Arrays.stream(m.group(2).split(",")).map(String::trim)
                        .filter(p -> !p.isEmpty()).collect(Collectors.toList());
                calls.put(name, params);
            }
        }
        return calls;
    }
}
