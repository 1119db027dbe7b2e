package dev.annexkit.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PagersCoverageTest {

    /** A generated service method taking the shared {@code page} query parameter. */
    private static final Pattern PAGED = Pattern.compile("public \\S+ (\\w+)\\([^)]*\\bInteger page\\b");
    private static final Path SERVICES = Path.of("target/generated-sources/openapi/src/main/java/dev/annexkit/sdk/service");

    @Test
    void everyOperationWithAPageParameterHasAnAutoPagingMethod() throws IOException {
        Set<String> paged = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(SERVICES)) {
            sources = files.collect(Collectors.toList());
        }
        for (Path source : sources) {
            Matcher m = PAGED.matcher(Files.readString(source));
            while (m.find()) {
                paged.add(m.group(1) + "AutoPaging");
            }
        }
        Set<String> pagers = Arrays.stream(Pagers.class.getMethods()).map(Method::getName)
                .filter(n -> n.endsWith("AutoPaging")).collect(Collectors.toCollection(TreeSet::new));

        assertThat(paged).hasSizeGreaterThan(15);
        assertThat(pagers).isEqualTo(paged);
    }
}
