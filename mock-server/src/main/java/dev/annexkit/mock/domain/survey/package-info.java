/**
 * Surveys: definitions (sections, questions, options), their lifecycle, members' responses and the points a
 * response earns; façade {@code Surveys}, stored in {@code SurveyBook}.
 * Reads the program state through {@code SurveyContext}; credits go through the ledger's {@code LedgerPostings}.
 */
package dev.annexkit.mock.domain.survey;
