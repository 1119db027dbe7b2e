package dev.annexkit.mock.domain.ledger;

/**
 * One points transaction request, flat like the body of POST /points and each entry of POST /bulkpoints.
 *
 * <p>What it does depends on the fields given: CREDIT with {@code points} is a manual credit, CREDIT without
 * uses the action's configured points, DEBIT with {@code rewardId} redeems that reward (its price is debited,
 * {@code points} is ignored), DEBIT with {@code points} is a manual debit. {@code customId} is an idempotency key
 * per member and action. A CREDIT with an {@code orderId} already credited to the member is refused unless
 * {@code retry}. A DEBIT with {@code points} on an action other than 100 is a custom redemption and needs a
 * {@code reason}. {@code allowNegativePoints} (null = the site setting) lets a debit larger than the available
 * balance through: the balance stops at zero and the rest is recorded as disregarded negative points.
 * {@code groupId} and {@code transferToId} are hierarchy management's: action 160 moves points between the member
 * and their group, action 8055 to another member of the group, and any other DEBIT with a {@code groupId} spends
 * the group's points.
 */
public record PointsCommand(
        String memberId,
        Integer actionId,
        Activity activity,
        Long points,
        String reason,
        String rewardId,
        String orderId,
        String customId,
        String storeId,
        String pointType,
        boolean retry,
        Boolean allowNegativePoints,
        String groupId,
        String transferToId) {

    /** A command without retry, with the site's negative-points setting and no group. */
    public PointsCommand(String memberId, Integer actionId, Activity activity, Long points, String reason,
                         String rewardId, String orderId, String customId, String storeId, String pointType) {
        this(memberId, actionId, activity, points, reason, rewardId, orderId, customId, storeId, pointType, false,
                null, null, null);
    }

    public static PointsCommand credit(String memberId, int actionId, long points) {
        return new PointsCommand(memberId, actionId, Activity.CREDIT, points, null, null, null, null, null, null);
    }

    public static PointsCommand award(String memberId, int actionId) {
        return new PointsCommand(memberId, actionId, Activity.CREDIT, null, null, null, null, null, null, null);
    }

    public static PointsCommand debit(String memberId, int actionId, long points) {
        return new PointsCommand(memberId, actionId, Activity.DEBIT, points, null, null, null, null, null, null);
    }

    public static PointsCommand redeem(String memberId, String rewardId) {
        return new PointsCommand(memberId, 107, Activity.DEBIT, null, null, rewardId, null, null, null, null);
    }

    public PointsCommand withCustomId(String value) {
        return new PointsCommand(memberId, actionId, activity, points, reason, rewardId, orderId, value, storeId,
                pointType, retry, allowNegativePoints, groupId, transferToId);
    }

    public PointsCommand withReason(String value) {
        return new PointsCommand(memberId, actionId, activity, points, value, rewardId, orderId, customId, storeId,
                pointType, retry, allowNegativePoints, groupId, transferToId);
    }

    /** The same command for an order; {@code retry} allows an order id already credited. */
    public PointsCommand withOrder(String value, boolean retryAllowed) {
        return new PointsCommand(memberId, actionId, activity, points, reason, rewardId, value, customId, storeId,
                pointType, retryAllowed, allowNegativePoints, groupId, transferToId);
    }

    /** The same command with an explicit negative-points choice (null = the site setting). */
    public PointsCommand withAllowNegativePoints(Boolean value) {
        return new PointsCommand(memberId, actionId, activity, points, reason, rewardId, orderId, customId, storeId,
                pointType, retry, value, groupId, transferToId);
    }

    /** This command for the given group (see the class comment). */
    public PointsCommand withGroupId(String value) {
        return new PointsCommand(memberId, actionId, activity, points, reason, rewardId, orderId, customId, storeId,
                pointType, retry, allowNegativePoints, value, transferToId);
    }

    /** This command (action 8055) transferring to the given member. */
    public PointsCommand withTransferToId(String value) {
        return new PointsCommand(memberId, actionId, activity, points, reason, rewardId, orderId, customId, storeId,
                pointType, retry, allowNegativePoints, groupId, value);
    }
}
