package dev.annexkit.mock.domain.error;

/** A coupon-based reward has an empty pool; nothing is debited when this is thrown. */
public final class RewardOutOfStock extends DomainException {

    public RewardOutOfStock(String rewardId) {
        super("Reward " + rewardId + " has no unused coupon codes left");
    }
}
