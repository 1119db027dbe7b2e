/**
 * Receipts: images members submit and the site's decision on them, which may credit points; façade
 * {@code Receipts}, stored in {@code ReceiptBook}, statuses in {@code ReceiptStatus}.
 * Reads the program state through {@code ReceiptContext}; credits go through the ledger's {@code LedgerPostings}.
 */
package dev.annexkit.mock.domain.receipt;
