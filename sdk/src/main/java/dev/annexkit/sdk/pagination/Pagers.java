package dev.annexkit.sdk.pagination;

import dev.annexkit.sdk.model.ActivityEntry;
import dev.annexkit.sdk.model.ActivityPage;
import dev.annexkit.sdk.model.BlocklistEntry;
import dev.annexkit.sdk.model.BlocklistEntryType;
import dev.annexkit.sdk.model.BlocklistPage;
import dev.annexkit.sdk.model.Campaign;
import dev.annexkit.sdk.model.CampaignList;
import dev.annexkit.sdk.model.ExpiryAggregation;
import dev.annexkit.sdk.model.ExpiryBucket;
import dev.annexkit.sdk.model.GroupInvitation;
import dev.annexkit.sdk.model.GroupInvitationList;
import dev.annexkit.sdk.model.Issuance;
import dev.annexkit.sdk.model.IssuanceLookupRequest;
import dev.annexkit.sdk.model.IssuancePage;
import dev.annexkit.sdk.model.IssuanceSourceType;
import dev.annexkit.sdk.model.Member;
import dev.annexkit.sdk.model.MemberAction;
import dev.annexkit.sdk.model.MemberActionList;
import dev.annexkit.sdk.model.MemberActionsRequest;
import dev.annexkit.sdk.model.MemberCampaign;
import dev.annexkit.sdk.model.MemberCampaignList;
import dev.annexkit.sdk.model.MemberMergeHistoryResponse;
import dev.annexkit.sdk.model.MemberMergeRecord;
import dev.annexkit.sdk.model.MemberRewardList;
import dev.annexkit.sdk.model.MemberRewardStatus;
import dev.annexkit.sdk.model.PointsExpiryResponse;
import dev.annexkit.sdk.model.Receipt;
import dev.annexkit.sdk.model.ReceiptList;
import dev.annexkit.sdk.model.Reward;
import dev.annexkit.sdk.model.RewardHistory;
import dev.annexkit.sdk.model.RewardHistoryEntry;
import dev.annexkit.sdk.model.RewardList;
import dev.annexkit.sdk.model.RewardStatus;
import dev.annexkit.sdk.model.Segment;
import dev.annexkit.sdk.model.SegmentList;
import dev.annexkit.sdk.model.SegmentMemberPage;
import dev.annexkit.sdk.model.SegmentStatusFilter;
import dev.annexkit.sdk.model.SiteAction;
import dev.annexkit.sdk.model.SiteActionList;
import dev.annexkit.sdk.model.Store;
import dev.annexkit.sdk.model.StorePage;
import dev.annexkit.sdk.model.Survey;
import dev.annexkit.sdk.model.SurveyList;
import dev.annexkit.sdk.model.SurveyResponse;
import dev.annexkit.sdk.model.SurveyResponseList;
import dev.annexkit.sdk.model.SurveyStatus;
import dev.annexkit.sdk.model.Tier;
import dev.annexkit.sdk.model.TierList;
import dev.annexkit.sdk.model.UsedReward;
import dev.annexkit.sdk.model.UsedRewardList;
import dev.annexkit.sdk.service.ActionService;
import dev.annexkit.sdk.service.ActivityService;
import dev.annexkit.sdk.service.BlockListService;
import dev.annexkit.sdk.service.CampaignService;
import dev.annexkit.sdk.service.HierarchyManagementService;
import dev.annexkit.sdk.service.IssuanceService;
import dev.annexkit.sdk.service.PointsService;
import dev.annexkit.sdk.service.ReceiptService;
import dev.annexkit.sdk.service.RewardsService;
import dev.annexkit.sdk.service.RewardsV2Service;
import dev.annexkit.sdk.service.SegmentService;
import dev.annexkit.sdk.service.StoreService;
import dev.annexkit.sdk.service.SurveyService;
import dev.annexkit.sdk.service.TiersService;
import dev.annexkit.sdk.service.UsersService;

/**
 * Auto-paging for every paged operation: each {@code …AutoPaging} method returns an {@link AutoPager} over the
 * operation's items, which fetches page 1, 2, … only as the items are consumed and stops after the last page.
 *
 * <p>Hand-written rather than generated: which list in the answer holds the items, and which paging fields say
 * whether more follow, differ per operation and are not in the spec in a machine-readable form.
 *
 * <pre>{@code
 * Pagers.getMemberActivityAutoPaging(client.activity(), "ada@example.com")
 *     .stream().limit(20).forEach(System.out::println);
 * }</pre>
 */
public final class Pagers {

    private Pagers() {
    }

    /**
     * All of a member's points activity, page by page ({@code getMemberActivity}).
     *
     * @param service the service, e.g. {@code client.activity()}
     * @param memberId the member's id
     * @return the lazily paged items
     */
    public static AutoPager<ActivityEntry> getMemberActivityAutoPaging(ActivityService service, String memberId) {
        return AutoPager.of(page -> {
            ActivityPage answer = service.getMemberActivity(memberId, page);
            return Page.numbered(answer.getActivityDetail(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's expiring points, page by page ({@code getPointsExpiry}).
     *
     * @param service the service, e.g. {@code client.points()}
     * @param memberId the member's id
     * @param startDate the first day, or null
     * @param endDate the last day, or null
     * @param aggregateBy the bucket size, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<ExpiryBucket> getPointsExpiryAutoPaging(PointsService service, String memberId, String startDate, String endDate, ExpiryAggregation aggregateBy, Integer limit) {
        return AutoPager.of(page -> {
            PointsExpiryResponse answer = service.getPointsExpiry(memberId, startDate, endDate, aggregateBy, page, limit);
            return Page.numbered(answer.getExpiryDetail(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the rewards a member has used (v1), page by page ({@code listUsedRewards}).
     *
     * @param service the service, e.g. {@code client.rewardsV1()}
     * @param memberId the member's id
     * @return the lazily paged items
     */
    public static AutoPager<UsedReward> listUsedRewardsAutoPaging(RewardsService service, String memberId) {
        return AutoPager.of(page -> {
            UsedRewardList answer = service.listUsedRewards(memberId, page);
            return Page.numbered(answer.getRewardDetail(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the reward catalogue, page by page ({@code listRewards}).
     *
     * @param service the service, e.g. {@code client.rewards()}
     * @param rewardType filter, or null
     * @param rewardStatus filter, or null
     * @param sourceType filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Reward> listRewardsAutoPaging(RewardsV2Service service, String rewardType, RewardStatus rewardStatus, IssuanceSourceType sourceType, Integer limit) {
        return AutoPager.of(page -> {
            RewardList answer = service.listRewards(rewardType, rewardStatus, sourceType, limit, page);
            return Page.counted(answer.getRewards(), answer.getTotal(), answer.getPage(), answer.getLimit());
        });
    }

    /**
     * All of the rewards a member can see, page by page ({@code listMemberRewards}).
     *
     * @param service the service, e.g. {@code client.rewards()}
     * @param memberId the member's id
     * @param affordableOnly only rewards the member can afford, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Reward> listMemberRewardsAutoPaging(RewardsV2Service service, String memberId, Boolean affordableOnly, Integer limit) {
        return AutoPager.of(page -> {
            MemberRewardList answer = service.listMemberRewards(memberId, affordableOnly, limit, page);
            return Page.counted(answer.getRewards(), answer.getTotal(), answer.getPage(), answer.getLimit());
        });
    }

    /**
     * All of a member's reward history, page by page ({@code getMemberRewardHistory}).
     *
     * @param service the service, e.g. {@code client.rewards()}
     * @param memberId the member's id
     * @param memberRewardStatus filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<RewardHistoryEntry> getMemberRewardHistoryAutoPaging(RewardsV2Service service, String memberId, MemberRewardStatus memberRewardStatus, Integer limit) {
        return AutoPager.of(page -> {
            RewardHistory answer = service.getMemberRewardHistory(memberId, memberRewardStatus, limit, page);
            return Page.counted(answer.getData(), answer.getTotal(), answer.getPage(), answer.getLimit());
        });
    }

    /**
     * All of a member's issuance details, page by page ({@code findMemberIssuances}).
     *
     * @param service the service, e.g. {@code client.issuance()}
     * @param memberId the member's id
     * @param lookup the filter
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Issuance> findMemberIssuancesAutoPaging(IssuanceService service, String memberId, IssuanceLookupRequest lookup, Integer limit) {
        return AutoPager.of(page -> {
            IssuancePage answer = service.findMemberIssuances(memberId, lookup, page, limit);
            return Page.numbered(answer.getIssuanceDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's receipts, page by page ({@code listMemberReceipts}).
     *
     * @param service the service, e.g. {@code client.receipts()}
     * @param emailId the member's e-mail
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Receipt> listMemberReceiptsAutoPaging(ReceiptService service, String emailId, Integer limit) {
        return AutoPager.of(page -> {
            ReceiptList answer = service.listMemberReceipts(emailId, page, limit);
            return Page.numbered(answer.getReceipts(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the segments, page by page ({@code listSegments}).
     *
     * @param service the service, e.g. {@code client.segments()}
     * @param status filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Segment> listSegmentsAutoPaging(SegmentService service, SegmentStatusFilter status, Integer limit) {
        return AutoPager.of(page -> {
            SegmentList answer = service.listSegments(status, page, limit);
            return Page.numbered(answer.getSegments(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a segment's members, page by page ({@code listSegmentMembers}).
     *
     * @param service the service, e.g. {@code client.segments()}
     * @param segmentId the segment's id
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Member> listSegmentMembersAutoPaging(SegmentService service, String segmentId, Integer limit) {
        return AutoPager.of(page -> {
            SegmentMemberPage answer = service.listSegmentMembers(segmentId, page, limit);
            return Page.numbered(answer.getMembers(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the stores, page by page ({@code listStores}).
     *
     * @param service the service, e.g. {@code client.stores()}
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Store> listStoresAutoPaging(StoreService service, Integer limit) {
        return AutoPager.of(page -> {
            StorePage answer = service.listStores(page, limit);
            return Page.numbered(answer.getStoreDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the surveys, page by page ({@code listSurveys}).
     *
     * @param service the service, e.g. {@code client.surveys()}
     * @param status filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Survey> listSurveysAutoPaging(SurveyService service, SurveyStatus status, Integer limit) {
        return AutoPager.of(page -> {
            SurveyList answer = service.listSurveys(status, page, limit);
            return Page.numbered(answer.getSurveys(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a survey's responses, page by page ({@code listSurveyResponses}).
     *
     * @param service the service, e.g. {@code client.surveys()}
     * @param surveyId the survey's id
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<SurveyResponse> listSurveyResponsesAutoPaging(SurveyService service, String surveyId, Integer limit) {
        return AutoPager.of(page -> {
            SurveyResponseList answer = service.listSurveyResponses(surveyId, page, limit);
            return Page.numbered(answer.getResponses(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the tier list, page by page ({@code listTiers}).
     *
     * @param service the service, e.g. {@code client.tiers()}
     * @param memberId a member to place on the ladder, or null
     * @return the lazily paged items
     */
    public static AutoPager<Tier> listTiersAutoPaging(TiersService service, String memberId) {
        return AutoPager.of(page -> {
            TierList answer = service.listTiers(page, memberId);
            return Page.numbered(answer.getTierDetail(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the site's actions, page by page ({@code listActions}).
     *
     * @param service the service, e.g. {@code client.actions()}
     * @param status filter, or null
     * @return the lazily paged items
     */
    public static AutoPager<SiteAction> listActionsAutoPaging(ActionService service, String status) {
        return AutoPager.of(page -> {
            SiteActionList answer = service.listActions(status, page);
            return Page.numbered(answer.getAllActionDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's progress on actions, page by page ({@code listMemberActions}).
     *
     * @param service the service, e.g. {@code client.actions()}
     * @param request the member and filter
     * @return the lazily paged items
     */
    public static AutoPager<MemberAction> listMemberActionsAutoPaging(ActionService service, MemberActionsRequest request) {
        return AutoPager.of(page -> {
            MemberActionList answer = service.listMemberActions(request, page);
            return Page.numbered(answer.getAllActionDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the campaigns, page by page ({@code listCampaigns}).
     *
     * @param service the service, e.g. {@code client.campaigns()}
     * @param status filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<Campaign> listCampaignsAutoPaging(CampaignService service, String status, Integer limit) {
        return AutoPager.of(page -> {
            CampaignList answer = service.listCampaigns(status, page, limit);
            return Page.numbered(answer.getAllCampaignDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's campaigns, page by page ({@code getMemberCampaigns}).
     *
     * @param service the service, e.g. {@code client.campaigns()}
     * @param memberId the member's id
     * @param campaignId one campaign, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<MemberCampaign> getMemberCampaignsAutoPaging(CampaignService service, String memberId, String campaignId, Integer limit) {
        return AutoPager.of(page -> {
            MemberCampaignList answer = service.getMemberCampaigns(memberId, campaignId, page, limit);
            return Page.numbered(answer.getAllCampaignDetails(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's group invitations, page by page ({@code listMemberInvitations}).
     *
     * @param service the service, e.g. {@code client.groups()}
     * @param memberId the member's id
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<GroupInvitation> listMemberInvitationsAutoPaging(HierarchyManagementService service, String memberId, Integer limit) {
        return AutoPager.of(page -> {
            GroupInvitationList answer = service.listMemberInvitations(memberId, page, limit);
            return Page.numbered(answer.getInvitations(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of the block list, page by page ({@code listBlocklist}).
     *
     * @param service the service, e.g. {@code client.blocklist()}
     * @param type filter, or null
     * @param limit the page size, or null for the API's default
     * @return the lazily paged items
     */
    public static AutoPager<BlocklistEntry> listBlocklistAutoPaging(BlockListService service, BlocklistEntryType type, Integer limit) {
        return AutoPager.of(page -> {
            BlocklistPage answer = service.listBlocklist(type, page, limit);
            return Page.numbered(answer.getBlocklistEntries(), answer.getCurrentPage(), answer.getPages());
        });
    }

    /**
     * All of a member's merge history, page by page ({@code getMemberMerge}).
     *
     * @param service the service, e.g. {@code client.users()}
     * @param memberId the member's id
     * @return the lazily paged items
     */
    public static AutoPager<MemberMergeRecord> getMemberMergeAutoPaging(UsersService service, String memberId) {
        return AutoPager.of(page -> {
            MemberMergeHistoryResponse answer = service.getMemberMerge(memberId, page);
            return Page.numbered(answer.getUserDetail(), answer.getCurrentPage(), answer.getPages());
        });
    }
}
