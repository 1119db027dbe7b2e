package dev.annexkit.mock.domain;

import static dev.annexkit.mock.domain.DemoProgram.FIVE_OFF;
import static dev.annexkit.mock.domain.DemoProgram.FREE_SHIPPING;
import static dev.annexkit.mock.domain.DemoProgram.SUMMER_DRAFT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.RewardNotFound;
import dev.annexkit.mock.domain.error.RewardNotLive;
import dev.annexkit.mock.domain.reward.CouponPoolCounts;
import dev.annexkit.mock.domain.reward.CouponUpload;
import dev.annexkit.mock.domain.reward.RejectedCoupon;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CouponUploadTest {

    private final LoyaltyProgram program = ProgramFixture.demo().program;

    @Test
    void validCodesAreAddedAndCounted() {
        CouponUpload upload = program.addCoupons(FREE_SHIPPING, List.of("HPRQ9ORLQ3", "HPRQRXD1Q3"));

        assertThat(upload.accepted()).containsExactly("HPRQ9ORLQ3", "HPRQRXD1Q3");
        assertThat(upload.rejected()).isEmpty();
        assertThat(upload.counts()).isEqualTo(new CouponPoolCounts(7, 0, 0, 7));
        assertThat(program.reward(FREE_SHIPPING).coupons().total()).isEqualTo(7);
    }

    @Test
    void badAndDuplicateCodesAreRejectedOneByOne() {
        String tooLong = "X".repeat(65);
        CouponUpload upload = program.addCoupons(FREE_SHIPPING,
                Arrays.asList("GOOD-1", "GOOD-1", "SHIP-0003", "ab", "has space", tooLong, "", null, "ok_2"));

        assertThat(upload.accepted()).containsExactly("GOOD-1", "ok_2");
        assertThat(upload.rejected()).extracting(RejectedCoupon::code)
                .containsExactly("GOOD-1", "SHIP-0003", "ab", "has space", tooLong, "", null);
        assertThat(upload.rejected().get(0).reason()).contains("duplicate");
        assertThat(upload.rejected().get(1).reason()).contains("already in the pool");
        assertThat(upload.counts().available()).isEqualTo(7);
    }

    @Test
    void anUploadMustHoldOneTo2000Codes() {
        List<String> tooMany = IntStream.rangeClosed(1, 2001).mapToObj(i -> "C" + i + "XX").toList();

        assertThatThrownBy(() -> program.addCoupons(FREE_SHIPPING, tooMany))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("coupons"));
        assertThatThrownBy(() -> program.addCoupons(FREE_SHIPPING, List.of())).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> program.addCoupons(FREE_SHIPPING, null)).isInstanceOf(MissingField.class);
        assertThat(program.reward(FREE_SHIPPING).coupons().total()).isEqualTo(5);

        CouponUpload max = program.addCoupons(FREE_SHIPPING, tooMany.subList(0, 2000));
        assertThat(max.accepted()).hasSize(2000);
    }

    @Test
    void onlyLiveRewardsTakeCoupons() {
        assertThatThrownBy(() -> program.addCoupons(SUMMER_DRAFT, List.of("ABC"))).isInstanceOf(RewardNotLive.class);
        assertThatThrownBy(() -> program.addCoupons("NOPE", List.of("ABC"))).isInstanceOf(RewardNotFound.class);
    }

    @Test
    void aRewardBecomesCouponBackedOnlyWhenDefinedSo() {
        CouponUpload upload = program.addCoupons(FIVE_OFF, List.of("FIVE-1"));

        assertThat(upload.accepted()).containsExactly("FIVE-1");
        assertThat(program.reward(FIVE_OFF).reward().couponBased()).isFalse();
    }
}
