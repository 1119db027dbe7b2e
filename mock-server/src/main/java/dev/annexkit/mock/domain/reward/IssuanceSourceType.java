package dev.annexkit.mock.domain.reward;

/** How a reward may be handed out: by an admin/API call, or by a marketing journey. */
public enum IssuanceSourceType {
    MANUAL,
    JOURNEY
}
