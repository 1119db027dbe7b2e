package dev.annexkit.mock.domain.group;

/** An invitation with the name of its group, as the invitation list and answers show it. */
public record InvitationView(Invitation invitation, String groupName) {
}
