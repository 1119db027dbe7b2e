package dev.annexkit.sdk.points;

import dev.annexkit.sdk.model.PointsActivity;
import dev.annexkit.sdk.model.PointsRequest;
import java.util.Objects;

/**
 * Ready-made bodies for the variants of {@code POST /points}, so nobody assembles the flat request by hand. Each
 * factory returns a configured {@link PointsRequest}; chain further fields onto it, above all a {@code customId},
 * which makes the request safe to retry (a repeat answers 409 AC1006 and books nothing):
 *
 * <pre>{@code
 * client.points().postPoints(PointsRequests.manualCredit("ada@example.com", 250, "Welcome bonus")
 *     .customId("welcome-ada"));
 * }</pre>
 */
public final class PointsRequests {

    /** The action of manual credits and debits. */
    public static final int MANUAL_ACTION_ID = 100;
    /** The action of reward redemptions. */
    public static final int REWARD_REDEMPTION_ACTION_ID = 107;
    /** The action of transfers between a member and their group. */
    public static final int GROUP_TRANSFER_ACTION_ID = 160;
    /** The action of transfers from one member to another. */
    public static final int MEMBER_TRANSFER_ACTION_ID = 8055;
    private PointsRequests() {
    }

    /**
     * Credits the points configured for a site action ("award by action").
     *
     * @param memberId the member's id
     * @param actionId the earning action
     * @return the request
     */
    public static PointsRequest awardByAction(String memberId, int actionId) {
        return base(memberId, actionId, PointsActivity.CREDIT);
    }

    /**
     * Credits an arbitrary number of points by hand (action 100).
     *
     * @param memberId the member's id
     * @param points   at least 1
     * @param reason   why, shown in the activity; may be null
     * @return the request
     */
    public static PointsRequest manualCredit(String memberId, long points, String reason) {
        return base(memberId, MANUAL_ACTION_ID, PointsActivity.CREDIT).credit(positive(points)).reason(reason);
    }

    /**
     * Debits an arbitrary number of points by hand (action 100).
     *
     * @param memberId the member's id
     * @param points   at least 1
     * @param reason   why, shown in the activity; may be null
     * @return the request
     */
    public static PointsRequest manualDebit(String memberId, long points, String reason) {
        return base(memberId, MANUAL_ACTION_ID, PointsActivity.DEBIT).debit(positive(points)).reason(reason);
    }

    /**
     * Redeems a reward (action 107): its points are debited and, for a coupon reward, a code is issued.
     *
     * @param memberId the member's id
     * @param rewardId the reward
     * @return the request
     */
    public static PointsRequest redeemReward(String memberId, String rewardId) {
        return base(memberId, REWARD_REDEMPTION_ACTION_ID, PointsActivity.DEBIT)
                .rewardId(Objects.requireNonNull(rewardId, "rewardId"));
    }

    /**
     * Redeems a custom number of points under a redemption action.
     *
     * @param memberId           the member's id
     * @param redemptionActionId the site's redemption action
     * @param points             at least 1
     * @param reason             what the points were spent on
     * @return the request
     */
    public static PointsRequest redeemCustomPoints(String memberId, int redemptionActionId, long points,
                                                   String reason) {
        return base(memberId, redemptionActionId, PointsActivity.DEBIT).debit(positive(points)).reason(reason);
    }

    /**
     * Moves points from a member to their group (action 160 with {@code groupId}; a debit of the member).
     *
     * @param memberId the member's id
     * @param groupId  the group's id
     * @param points   at least 1
     * @return the request
     */
    public static PointsRequest transferToGroup(String memberId, String groupId, long points) {
        return base(memberId, GROUP_TRANSFER_ACTION_ID, PointsActivity.DEBIT).debit(positive(points))
                .groupId(Objects.requireNonNull(groupId, "groupId"));
    }

    /**
     * Moves points from a group to one of its members (action 160 with {@code groupId}; a credit of the member).
     *
     * @param memberId the member's id
     * @param groupId  the group's id
     * @param points   at least 1
     * @return the request
     */
    public static PointsRequest transferFromGroup(String memberId, String groupId, long points) {
        return base(memberId, GROUP_TRANSFER_ACTION_ID, PointsActivity.CREDIT).credit(positive(points))
                .groupId(Objects.requireNonNull(groupId, "groupId"));
    }

    /**
     * Moves points from one member to another member of the same group (action 8055; a debit of the sender,
     * the receiver in {@code transferToId}).
     *
     * @param fromMemberId the sender's id
     * @param toMemberId   the receiver's id
     * @param points       at least 1
     * @return the request
     */
    public static PointsRequest transferToMember(String fromMemberId, String toMemberId, long points) {
        return base(fromMemberId, MEMBER_TRANSFER_ACTION_ID, PointsActivity.DEBIT).debit(positive(points))
                .transferToId(Objects.requireNonNull(toMemberId, "toMemberId"));
    }

    private static PointsRequest base(String memberId, int actionId, PointsActivity activity) {
        return new PointsRequest().id(Objects.requireNonNull(memberId, "memberId")).actionId(actionId).activity(activity);
    }

    private static long positive(long points) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1, was " + points);
        }
        return points;
    }
}
