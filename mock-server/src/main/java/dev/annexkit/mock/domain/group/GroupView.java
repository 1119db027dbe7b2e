package dev.annexkit.mock.domain.group;

import dev.annexkit.mock.domain.ledger.PointBalance;

/** A group with its shared points balance, read at one instant. */
public record GroupView(Group group, PointBalance balance) {
}
