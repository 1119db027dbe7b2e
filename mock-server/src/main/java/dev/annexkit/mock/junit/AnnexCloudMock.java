package dev.annexkit.mock.junit;

import dev.annexkit.mock.Seed;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own {@link dev.annexkit.mock.AnnexCloudMockServer}: started once for the
 * class, reset before every test, stopped after the class. Test methods (and constructors and lifecycle
 * methods) can ask for the {@code AnnexCloudMockServer}, its {@code MockCredentials}, its {@code Faults}
 * (cleared before every test), or, when the SDK is on the classpath, an {@code AnnexCloudClient} already
 * configured for it.
 *
 * <pre>{@code
 * @AnnexCloudMock(seed = Seed.DEMO)
 * class CheckoutTest {
 *     @Test
 *     void memberEarnsPoints(AnnexCloudClient client) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AnnexCloudMockExtension.class)
public @interface AnnexCloudMock {

    /** Program data loaded at start and after every reset. */
    Seed seed() default Seed.NONE;
}
