package dev.annexkit.spring.boot.test;

import dev.annexkit.mock.AnnexCloudMockServer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the context's mock server before each test method of a class annotated with
 * {@link AutoConfigureAnnexCloudMock}, so tests sharing a cached context never see each other's members, points or
 * orders. Registered in {@code META-INF/spring.factories}.
 */
public class AnnexCloudMockResetListener extends AbstractTestExecutionListener {

    /** After dependency injection (2000), before transactional and SQL script listeners (4000+). */
    @Override
    public int getOrder() {
        return 3000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        AutoConfigureAnnexCloudMock options = AnnexCloudMockContextCustomizerFactory.find(testContext.getTestClass());
        if (options == null || !options.resetBeforeEachTest()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (context.containsBean(AnnexCloudMockContextCustomizer.BEAN_NAME)) {
            context.getBean(AnnexCloudMockContextCustomizer.BEAN_NAME, AnnexCloudMockServer.class).reset();
        }
    }
}
