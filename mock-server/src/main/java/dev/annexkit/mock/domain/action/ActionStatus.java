package dev.annexkit.mock.domain.action;

/** Whether an action can currently earn points. */
public enum ActionStatus {
    ACTIVE,
    INACTIVE
}
