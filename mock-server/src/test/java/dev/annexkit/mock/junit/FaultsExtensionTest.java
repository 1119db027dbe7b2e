package dev.annexkit.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.MockHttp;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.domain.DemoProgram;
import dev.annexkit.mock.wiremock.fault.Faults;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension hands a test its server's faults, and clears them before the next test. */
@AnnexCloudMock(seed = Seed.DEMO)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsExtensionTest {

    @Test
    @Order(1)
    void aTestCanAskForTheFaultsOfItsServer(Faults faults, AnnexCloudMockServer mock) {
        faults.on("getPointBalance").times(5).fail();

        MockHttp.Answer answer = new MockHttp(mock.baseUrl(), mock.credentials())
                .get("/points/" + DemoProgram.DEMO_MEMBER, DemoProgram.DEMO_MEMBER);

        assertThat(answer.status()).isEqualTo(503);
        assertThat(mock.faults().list()).singleElement().satisfies(f -> assertThat(f.times()).isEqualTo(4));
    }

    @Test
    @Order(2)
    void theNextTestStartsWithoutThem(Faults faults) {
        assertThat(faults.list()).isEmpty();
    }
}
