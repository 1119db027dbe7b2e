package dev.annexkit.mock.domain.group;

/**
 * What happened to one member brought into a group: added (or invited) or failed, with a message;
 * {@code invitation} set when the member was invited rather than added.
 */
public record MemberAddResult(String memberId, GroupRole role, boolean success, String message,
                              Invitation invitation) {
}
