package dev.annexkit.mock.domain.reward;

import java.util.List;

/**
 * The codes of one reward's pool by state, for export: unused in the order they will be issued, issued and
 * redeemed sorted.
 */
public record CouponCodes(String rewardId, List<String> unused, List<String> issued, List<String> redeemed) {

    public CouponCodes {
        unused = List.copyOf(unused);
        issued = List.copyOf(issued);
        redeemed = List.copyOf(redeemed);
    }
}
