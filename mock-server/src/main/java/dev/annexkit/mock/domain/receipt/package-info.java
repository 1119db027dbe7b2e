/**
 * Receipts: what members submit (an image upload or a URL) and the site's decision on it, which may credit
 * points; façade {@code Receipts}, stored in {@code ReceiptBook}, statuses in {@code ReceiptStatus}.
 * Reads the program state through {@code ReceiptContext}; credits go through the ledger's {@code LedgerPostings}.
 */
package dev.annexkit.mock.domain.receipt;
