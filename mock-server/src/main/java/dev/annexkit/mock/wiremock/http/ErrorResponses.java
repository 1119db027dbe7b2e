package dev.annexkit.mock.wiremock.http;

import dev.annexkit.mock.domain.error.DomainException;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.domain.error.MissingField;
import dev.annexkit.mock.domain.error.ActionNotFound;
import dev.annexkit.mock.domain.error.DuplicateIdInBatch;
import dev.annexkit.mock.domain.error.DuplicateTransaction;
import dev.annexkit.mock.domain.error.MemberNotOptedIn;
import dev.annexkit.mock.domain.error.InsufficientPoints;
import dev.annexkit.mock.domain.error.MemberAlreadyExists;
import dev.annexkit.mock.domain.error.MemberNotFound;
import dev.annexkit.mock.domain.error.AssignmentNotFound;
import dev.annexkit.mock.domain.error.IllegalAssignmentTransition;
import dev.annexkit.mock.domain.error.RewardNotEligible;
import dev.annexkit.mock.domain.error.RewardNotFound;
import dev.annexkit.mock.domain.error.RewardNotLive;
import dev.annexkit.mock.domain.error.RewardOutOfStock;
import dev.annexkit.mock.domain.error.IssuanceAlreadyExists;
import dev.annexkit.mock.domain.error.IssuanceClosed;
import dev.annexkit.mock.domain.error.IssuanceMemberMismatch;
import dev.annexkit.mock.domain.error.IssuanceNotFound;
import dev.annexkit.mock.domain.error.IssuancePointsReleased;
import dev.annexkit.mock.domain.error.IssuanceReversalExceeded;
import dev.annexkit.mock.domain.error.OrderAlreadyExists;
import dev.annexkit.mock.domain.error.OrderClosed;
import dev.annexkit.mock.domain.error.OrderLineNotFound;
import dev.annexkit.mock.domain.error.OrderNotFound;
import dev.annexkit.mock.domain.error.OrderQuantityExceeded;
import dev.annexkit.mock.domain.error.OrderUnitsAlreadyShipped;
import dev.annexkit.mock.domain.error.OrderUnitsClosed;
import dev.annexkit.mock.domain.error.OrderUnitsNotShipped;
import dev.annexkit.mock.domain.error.ProductNotFound;
import dev.annexkit.mock.domain.error.StoreAlreadyExists;
import dev.annexkit.mock.domain.error.StoreNotFound;
import dev.annexkit.mock.domain.error.ActionCoolingDown;
import dev.annexkit.mock.domain.error.ActionLimitReached;
import dev.annexkit.mock.domain.error.ActionSeriesNotFound;
import dev.annexkit.mock.domain.error.BlocklistEntryNotFound;
import dev.annexkit.mock.domain.error.CampaignNotFound;
import dev.annexkit.mock.domain.error.DuplicateOrder;
import dev.annexkit.mock.domain.error.DuplicateRecord;
import dev.annexkit.mock.domain.error.MemberBlocklisted;
import dev.annexkit.mock.domain.error.SegmentNotFound;
import dev.annexkit.mock.domain.error.ReceiptAlreadyDecided;
import dev.annexkit.mock.domain.error.ReceiptNotFound;
import dev.annexkit.mock.domain.error.SurveyAlreadyAnswered;
import dev.annexkit.mock.domain.error.SurveyAlreadyExists;
import dev.annexkit.mock.domain.error.SurveyClosed;
import dev.annexkit.mock.domain.error.SurveyHasResponses;
import dev.annexkit.mock.domain.error.SurveyNotFound;
import dev.annexkit.mock.domain.error.GroupNotFound;
import dev.annexkit.mock.domain.error.InvitationNotFound;
import dev.annexkit.mock.domain.error.MemberAlreadyInGroup;
import dev.annexkit.mock.domain.error.NotGroupOwner;
import dev.annexkit.mock.domain.error.GroupNotActive;
import dev.annexkit.mock.domain.error.NotGroupMember;
import dev.annexkit.mock.domain.error.GroupRedemptionNotAllowed;
import java.util.List;
import java.util.Map;

/**
 * The one place where failures become HTTP answers. Codes AC1001 to AC1006 are Annex Cloud's documented
 * codes; the rule codes from AC1010 on are assigned by AnnexKit because the documented table stops
 * before them (see the mock-server README).
 */
public final class ErrorResponses {

    /** The documented answer to every authentication failure. */
    public static final ApiResponse NOT_AUTHORIZED =
            new ApiResponse(401, new AnnexError("AC1002", "Request not authorized"));

    private ErrorResponses() {
    }

    private record Mapping(int status, String code) {
    }

    private static final Map<Class<? extends DomainException>, Mapping> MAPPINGS = Map.ofEntries(
            Map.entry(MemberNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(RewardNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(AssignmentNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(ActionNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(MemberAlreadyExists.class, new Mapping(409, "AC1006")),
            Map.entry(DuplicateTransaction.class, new Mapping(409, "AC1006")),
            Map.entry(MissingField.class, new Mapping(400, "AC1004")),
            Map.entry(InvalidField.class, new Mapping(400, "AC1004")),
            Map.entry(InsufficientPoints.class, new Mapping(400, "AC1010")),
            Map.entry(RewardOutOfStock.class, new Mapping(400, "AC1011")),
            Map.entry(RewardNotLive.class, new Mapping(400, "AC1012")),
            Map.entry(RewardNotEligible.class, new Mapping(400, "AC1013")),
            Map.entry(IllegalAssignmentTransition.class, new Mapping(400, "AC1014")),
            Map.entry(ProductNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(StoreNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(OrderNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(StoreAlreadyExists.class, new Mapping(409, "AC1006")),
            Map.entry(OrderAlreadyExists.class, new Mapping(409, "AC1006")),
            Map.entry(OrderUnitsNotShipped.class, new Mapping(400, "AC1030")),
            Map.entry(OrderUnitsAlreadyShipped.class, new Mapping(400, "AC1031")),
            Map.entry(OrderUnitsClosed.class, new Mapping(400, "AC1032")),
            Map.entry(OrderQuantityExceeded.class, new Mapping(400, "AC1033")),
            Map.entry(OrderLineNotFound.class, new Mapping(400, "AC1034")),
            Map.entry(OrderClosed.class, new Mapping(400, "AC1035")),
            Map.entry(IssuanceNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(IssuanceAlreadyExists.class, new Mapping(409, "AC1006")),
            Map.entry(IssuanceClosed.class, new Mapping(400, "AC1036")),
            Map.entry(IssuanceReversalExceeded.class, new Mapping(400, "AC1037")),
            Map.entry(IssuancePointsReleased.class, new Mapping(400, "AC1038")),
            Map.entry(IssuanceMemberMismatch.class, new Mapping(400, "AC1039")),
            Map.entry(MemberBlocklisted.class, new Mapping(400, "AC1020")),
            Map.entry(ActionLimitReached.class, new Mapping(400, "AC1026")),
            Map.entry(ActionCoolingDown.class, new Mapping(400, "AC1028")),
            Map.entry(DuplicateOrder.class, new Mapping(409, "AC1006")),
            Map.entry(DuplicateRecord.class, new Mapping(409, "AC1006")),
            Map.entry(SegmentNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(CampaignNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(ActionSeriesNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(BlocklistEntryNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(DuplicateIdInBatch.class, new Mapping(409, "AC1006")),
            Map.entry(MemberNotOptedIn.class, new Mapping(400, "AC1015")),
            Map.entry(ReceiptNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(ReceiptAlreadyDecided.class, new Mapping(400, "AC1040")),
            Map.entry(SurveyNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(SurveyAlreadyExists.class, new Mapping(409, "AC1006")),
            Map.entry(SurveyAlreadyAnswered.class, new Mapping(409, "AC1006")),
            Map.entry(SurveyHasResponses.class, new Mapping(400, "AC1041")),
            Map.entry(SurveyClosed.class, new Mapping(400, "AC1042")),
            Map.entry(GroupNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(InvitationNotFound.class, new Mapping(404, "AC1005")),
            Map.entry(MemberAlreadyInGroup.class, new Mapping(409, "AC1006")),
            Map.entry(NotGroupOwner.class, new Mapping(400, "AC1043")),
            Map.entry(GroupNotActive.class, new Mapping(400, "AC1044")),
            Map.entry(NotGroupMember.class, new Mapping(400, "AC1045")),
            Map.entry(GroupRedemptionNotAllowed.class, new Mapping(400, "AC1046")));

    /** The answer for a broken domain rule; a rule without its own code is a plain 400. */
    public static ApiResponse of(DomainException e) {
        Mapping mapping = MAPPINGS.getOrDefault(e.getClass(), new Mapping(400, "AC1004"));
        return new ApiResponse(mapping.status(), new AnnexError(mapping.code(), e.getMessage()));
    }

    /** A request whose body is not one well-formed JSON value. */
    public static ApiResponse malformedJson(String detail) {
        return new ApiResponse(400, new AnnexError("AC1004", "Malformed JSON body: " + detail));
    }

    /** A request that breaks the spec; the message names each offending field or parameter. */
    public static ApiResponse contractViolation(List<String> problems) {
        return new ApiResponse(400, new AnnexError("AC1004", "Request does not match the API contract: "
                + String.join("; ", problems)));
    }

    /** An answer of the mock that breaks the spec (full validation): a bug of the mock, reported loudly. */
    public static ApiResponse brokenAnswer(String operationId, List<String> problems) {
        return new ApiResponse(500, new AnnexError("AC1001", "The mock's answer to " + operationId
                + " breaks the API contract: " + String.join("; ", problems)));
    }

    /** An operation of the contract whose behaviour the mock does not have yet. */
    public static ApiResponse notImplemented(String operationId) {
        return new ApiResponse(501, new AnnexError("AC1001", operationId + " is not implemented by the mock yet"));
    }

    /** A failure inside the mock itself: never the caller's fault. */
    public static ApiResponse internalError(Throwable t) {
        return new ApiResponse(500, new AnnexError("AC1001", "Oops! Something went wrong: " + t.getClass().getSimpleName()));
    }

}
