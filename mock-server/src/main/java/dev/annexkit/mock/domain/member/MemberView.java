package dev.annexkit.mock.domain.member;

/**
 * A member as reads show it: the stored profile and, while a deletion is queued, that request.
 *
 * @param pendingDeletion the queued deletion, or null
 */
public record MemberView(Member member, DeletionRequest pendingDeletion) {
}
