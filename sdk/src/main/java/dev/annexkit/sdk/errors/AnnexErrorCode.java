package dev.annexkit.sdk.errors;

import java.util.Optional;

/**
 * The Annex Cloud {@code errorCode} values AnnexKit knows, with the message text and HTTP status the API documents
 * for them. Servers may send codes not listed here; {@link AnnexCloudException#errorCode()} always carries the raw
 * string, so an unknown code never breaks a client.
 */
public enum AnnexErrorCode {

    /** Generic, unexpected failure ("Oops! Something went wrong"); oddly documented with HTTP 404. */
    AC1001("Oops! Something went wrong", 404),
    /** Bad, missing or expired JWT, HMAC mismatch or site mismatch ("Request not authorized"); HTTP 401. */
    AC1002("Request not authorized", 401),
    /** A required body or path field is absent ("Missing parameters"); HTTP 400. */
    AC1004("Missing parameters", 400),
    /** Unknown member, reward, order, submission… ("No data found"); HTTP 404, sometimes 400. */
    AC1005("No data found", 404),
    /** Duplicate create, e.g. same order id or existing member ("Data already exists"); HTTP 409. */
    AC1006("Data already exists", 409),
    /**
     * Loyalty rule: the member has not enough available points for the debit or redemption. AnnexKit-assigned
     * (the documented upstream table stops after AC1006); the mock server uses it. HTTP 400.
     */
    AC1010("Insufficient points", 400),
    /** Loyalty rule: the reward's coupon pool is empty. AnnexKit-assigned; the mock server uses it. HTTP 400. */
    AC1011("Reward out of stock", 400),
    /** Loyalty rule: the reward is not Live. AnnexKit-assigned; the mock server uses it. HTTP 400. */
    AC1012("Reward not live", 400),
    /**
     * Loyalty rule: the member does not meet the reward's eligibility rules. AnnexKit-assigned; the mock server
     * uses it. HTTP 400.
     */
    AC1013("Member not eligible for the reward", 400),
    /**
     * Loyalty rule: a reward assignment cannot move to the requested status. AnnexKit-assigned; the mock server
     * uses it. HTTP 400.
     */
    AC1014("Illegal assignment status transition", 400),
    /**
     * Loyalty rule: the action's earning limit has been reached. Not in the retrieved upstream code table (which is
     * cut after AC1006); code and meaning are the AnnexKit convention shared with the mock server. HTTP 400.
     */
    AC1026("Action limit reached", 400),
    /**
     * Loyalty rule: the action can be earned again only after a waiting period ("earn next in"). Not in the
     * retrieved upstream code table; code and meaning are the AnnexKit convention shared with the mock server.
     * HTTP 400.
     */
    AC1028("Action can be earned again later", 400);

    private final String defaultMessage;
    private final int typicalStatus;

    AnnexErrorCode(String defaultMessage, int typicalStatus) {
        this.defaultMessage = defaultMessage;
        this.typicalStatus = typicalStatus;
    }

    /**
     * Tells whether Annex Cloud documents this code, as opposed to AnnexKit assigning it to a rule the platform
     * enforces without a published code.
     *
     * @return true for AC1001 to AC1006
     */
    public boolean isDocumentedUpstream() {
        return ordinal() <= AC1006.ordinal();
    }

    /**
     * Returns the code as sent on the wire.
     *
     * @return e.g. {@code "AC1005"}
     */
    public String code() {
        return name();
    }

    /**
     * Returns the documented message text.
     *
     * @return e.g. {@code "No data found"}
     */
    public String defaultMessage() {
        return defaultMessage;
    }

    /**
     * Returns the HTTP status the API usually pairs with this code.
     *
     * @return e.g. {@code 404}
     */
    public int typicalStatus() {
        return typicalStatus;
    }

    /**
     * Looks a wire code up, ignoring case and surrounding blanks.
     *
     * @param code the {@code errorCode} from a response, may be null
     * @return the known code, or empty for null/unknown codes
     */
    public static Optional<AnnexErrorCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        for (AnnexErrorCode candidate : values()) {
            if (candidate.name().equalsIgnoreCase(wanted)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether a wire code is this one.
     *
     * @param code the {@code errorCode} from a response, may be null
     * @return true if it names this code (case-insensitive)
     */
    public boolean matches(String code) {
        return code != null && name().equalsIgnoreCase(code.trim());
    }
}
