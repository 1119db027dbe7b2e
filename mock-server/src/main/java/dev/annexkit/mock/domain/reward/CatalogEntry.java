package dev.annexkit.mock.domain.reward;

/**
 * A reward of the (v1) catalogue as one member sees it.
 *
 * @param eligible whether the member may redeem it right now: the eligibility rules match, the available
 *                 balance covers the price and a coupon-based reward still has a code
 */
public record CatalogEntry(RewardView view, boolean eligible) {
}
