package dev.annexkit.spring.boot.test;

import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a {@code @SpringBootTest}'s auto-configured {@code AnnexCloudClient} at an in-process AnnexKit mock server.
 *
 * <p>One {@link dev.annexkit.mock.AnnexCloudMockServer} is started per application context (test classes with the
 * same options share Spring's cached context and so the same server) on 127.0.0.1 and a free port, and stopped
 * with the context. {@code annexkit.base-url}, {@code annexkit.site-id}, {@code annexkit.site-name} and
 * {@code annexkit.secret} are set to it, ahead of every other property source. The server is a bean: inject
 * {@code AnnexCloudMockServer} to seed data, move its clock or inspect its state. Its state is reset before each
 * test method.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureAnnexCloudMock(seed = Seed.DEMO)
 * class CheckoutTest {
 *     @Autowired CheckoutService checkout;
 *     @Autowired AnnexCloudMockServer annexCloud;
 *     ...
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureAnnexCloudMock {

    /**
     * Program data the mock loads at start and after every reset.
     *
     * @return the seed; none by default
     */
    Seed seed() default Seed.NONE;

    /**
     * How strictly the mock holds requests (and, in {@code FULL}, its own answers) to the spec.
     *
     * @return the mode; {@code REQUESTS} by default, as the mock's
     */
    ValidationMode validation() default ValidationMode.REQUESTS;

    /**
     * Whether the mock forgets everything before each test method. Turn it off when the application seeds
     * the mock at startup and the tests only read.
     *
     * @return true by default
     */
    boolean resetBeforeEachTest() default true;
}
