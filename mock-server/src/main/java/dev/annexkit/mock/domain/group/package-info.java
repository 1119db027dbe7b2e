/**
 * Member groups: creation, settings, invitations, membership and the group's own points account; façade
 * {@code Groups}. Group points movements are {@code GroupDesk}'s, offered to other areas as {@code GroupPoints}.
 * Reads the program state through {@code GroupContext}.
 */
package dev.annexkit.mock.domain.group;
