/**
 * Blocklist: member ids and e-mail domains barred from earning and redeeming; façade {@code Blocklist},
 * stored in {@code BlocklistBook}. Other areas ask the program whether a member is blocked, never this book.
 * Reads the program state through {@code BlocklistContext}.
 */
package dev.annexkit.mock.domain.blocklist;
