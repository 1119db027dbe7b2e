package dev.annexkit.spring.boot.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives test classes annotated with {@link AutoConfigureAnnexCloudMock} (directly, on a superclass or on an
 * enclosing class of a {@code @Nested} test) a mock server in their context. Registered in
 * {@code META-INF/spring.factories}.
 */
public class AnnexCloudMockContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureAnnexCloudMock options = find(testClass);
        return options == null ? null : new AnnexCloudMockContextCustomizer(options.seed(), options.validation());
    }

    static AutoConfigureAnnexCloudMock find(Class<?> testClass) {
        return TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureAnnexCloudMock.class);
    }
}
