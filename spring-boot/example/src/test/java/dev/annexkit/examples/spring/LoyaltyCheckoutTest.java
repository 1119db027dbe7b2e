package dev.annexkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.annexkit.mock.AnnexCloudMockServer;
import dev.annexkit.mock.Seed;
import dev.annexkit.mock.ValidationMode;
import dev.annexkit.spring.boot.test.AutoConfigureAnnexCloudMock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The checkout service end to end: HTTP in, the auto-configured client, the AnnexKit mock behind it. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureAnnexCloudMock(seed = Seed.DEMO, validation = ValidationMode.FULL)
class LoyaltyCheckoutTest {

    private static final String CART = """
            {"lines": [{"sku": "SKU-TENT", "quantity": 1, "unitPrice": "600.00"},
                       {"sku": "SKU-MUG", "quantity": 2, "unitPrice": "50.00"}], "pointsToApply": 0}""";

    @Autowired
    MockMvc http;

    @Autowired
    AnnexCloudMockServer annexCloud;

    @Test
    void aMemberEnrolsPreviewsTheCartBooksTheOrderAndRedeemsAReward() throws Exception {
        call("/loyalty/members", "{\"email\": \"ada@example.com\", \"firstName\": \"Ada\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.memberId").value("ada@example.com"));

        double toEarn = number(call("/loyalty/members/ada@example.com/cart-preview", CART)
                .andExpect(status().isOk()), "$.pointsToEarn");
        String booked = body(call("/loyalty/members/ada@example.com/orders",
                "{\"orderId\": \"SO-1001\", " + CART.substring(CART.indexOf("\"lines\"")))
                .andExpect(status().isCreated()));
        long available = ((Number) JsonPath.read(booked, "$.availablePoints")).longValue();
        String redeemed = body(call("/loyalty/members/ada@example.com/rewards/FIVE-OFF/redemptions",
                "{\"checkoutId\": \"checkout-1001\"}").andExpect(status().isCreated()));

        assertThat(toEarn).isEqualTo(700.0);
        assertThat(((Number) JsonPath.read(booked, "$.pointsAwarded")).doubleValue()).isEqualTo(toEarn);
        long spent = ((Number) JsonPath.read(redeemed, "$.pointsSpent")).longValue();
        assertThat(spent).isPositive();
        assertThat(((Number) JsonPath.read(redeemed, "$.availablePoints")).longValue()).isEqualTo(available - spent);
        assertThat(annexCloud.contractViolations()).isEmpty();
    }

    @Test
    void aResubmittedCheckoutIsRefusedAndNothingIsDebitedTwice() throws Exception {
        call("/loyalty/members", "{\"email\": \"bo@example.com\"}").andExpect(status().isCreated());
        call("/loyalty/members/bo@example.com/orders", "{\"orderId\": \"SO-2001\", "
                + CART.substring(CART.indexOf("\"lines\""))).andExpect(status().isCreated());
        call("/loyalty/members/bo@example.com/rewards/FIVE-OFF/redemptions", "{\"checkoutId\": \"checkout-2001\"}")
                .andExpect(status().isCreated());

        call("/loyalty/members/bo@example.com/rewards/FIVE-OFF/redemptions", "{\"checkoutId\": \"checkout-2001\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errorCode").value("AC1006"));
    }

    @Test
    void redeemingWithoutEnoughPointsIsTheShoppersProblem() throws Exception {
        call("/loyalty/members", "{\"email\": \"cy@example.com\"}").andExpect(status().isCreated());
        call("/loyalty/members/cy@example.com/orders", "{\"orderId\": \"SO-3001\", \"lines\": [{\"sku\": \"SKU-PEN\","
                + " \"quantity\": 1, \"unitPrice\": \"10.00\"}]}").andExpect(status().isCreated());

        call("/loyalty/members/cy@example.com/rewards/FIVE-OFF/redemptions", "{\"checkoutId\": \"checkout-3001\"}")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errorCode").value("AC1010"));
    }

    private ResultActions call(String path, String json) throws Exception {
        return http.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static double number(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(body(result), path)).doubleValue();
    }
}
