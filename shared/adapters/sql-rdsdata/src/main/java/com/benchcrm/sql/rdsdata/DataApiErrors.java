package com.benchcrm.sql.rdsdata;

import com.benchcrm.sql.SqlErrors;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.TransientSqlException;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseResumingException;
import software.amazon.awssdk.services.rdsdata.model.ServiceUnavailableErrorException;

/**
 * Turns the SDK's exceptions into the port's.
 *
 * <p>A database error reaches the client as a {@code BadRequestException} (or, on newer clusters,
 * a {@code DatabaseErrorException}) whose message is PostgreSQL's, the DETAIL line and the
 * SQLSTATE appended:
 * <pre>
 * ERROR: duplicate key value violates unique constraint "consultant_email_key"
 *   Detail: Key (tenant_id, lower(email))=(..., ann@example.com) already exists.; SQLState: 23505
 * </pre>
 * The DETAIL holds row values (personal data), so only the first line travels on, in the port's
 * exception and in the SDK exception kept as its cause, which is rebuilt with the same short message
 * and without the raw response body.
 */
final class DataApiErrors {

    private static final Pattern SQL_STATE_SUFFIX = Pattern.compile(";?\\s*SQLState: [0-9A-Z]{5}\\s*$");

    private DataApiErrors() {}

    /** Where in the unit of work a call failed; it decides whether a service hiccup may be retried. */
    enum Step {
        /** BeginTransaction, a statement, RollbackTransaction: nothing is committed yet, a retry is safe. */
        BEFORE_COMMIT,
        /** CommitTransaction: the outcome is unknown after a service failure, a retry could apply the work twice. */
        COMMIT
    }

    static SqlException translate(SdkException e, Step step) {
        if (e instanceof AwsServiceException service) {
            return translateService(service, step);
        }
        if (e instanceof SdkClientException) {
            // no response: a connection failure or the call timed out. Outcome unknown: not retried.
            return new SqlException("RDS Data API call failed: " + e.getMessage(), null, e);
        }
        return new SqlException("RDS Data API call failed: " + e.getMessage(), null, e);
    }

    private static SqlException translateService(AwsServiceException e, Step step) {
        String full = errorMessage(e);
        String sqlState = SqlErrors.sqlStateIn(full);
        String primary = primaryLine(full);
        AwsServiceException cause = withMessage(e, primary, sqlState);
        if (sqlState == null && isServiceTransient(e)) {
            String message = "RDS Data API unavailable (" + errorCode(e) + "): " + primary;
            if (step == Step.COMMIT) {
                return new SqlException(message + "; the commit outcome is unknown, not retrying", null, cause);
            }
            return new TransientSqlException(message, null, cause);
        }
        return SqlErrors.translate(sqlState, null, primary, cause);
    }

    /** Throttling, the endpoint briefly unavailable, or an auto-paused cluster resuming. */
    static boolean isServiceTransient(AwsServiceException e) {
        return e instanceof ServiceUnavailableErrorException
                || e instanceof DatabaseResumingException
                || e.isThrottlingException()
                || e.statusCode() == 429;
    }

    /** The service's own message, without the SDK's "(Service: ..., Status Code: ...)" suffix. */
    static String errorMessage(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        if (details != null && details.errorMessage() != null) {
            return details.errorMessage();
        }
        return e.getMessage();
    }

    /**
     * The database's primary message: the first line, cut before any {@code Detail:} and without the
     * {@code SQLState} suffix (the state is kept on the exception).
     */
    static String primaryLine(String message) {
        if (message == null || message.isBlank()) {
            return "database error";
        }
        String s = message;
        int newline = s.indexOf('\n');
        if (newline >= 0) {
            s = s.substring(0, newline);
        }
        int detail = s.toLowerCase(Locale.ROOT).indexOf("detail:");
        if (detail >= 0) {
            s = s.substring(0, detail);
        }
        s = SQL_STATE_SUFFIX.matcher(s).replaceFirst("").strip();
        return s.isEmpty() ? "database error" : s;
    }

    private static String errorCode(AwsServiceException e) {
        AwsErrorDetails details = e.awsErrorDetails();
        return details == null || details.errorCode() == null ? e.getClass().getSimpleName() : details.errorCode();
    }

    /** The same exception (type, status, request id, stack) carrying only the safe message. */
    private static AwsServiceException withMessage(AwsServiceException e, String primary, String sqlState) {
        String full = errorMessage(e);
        String safe = sqlState == null ? primary : primary + "; SQLState: " + sqlState;
        if (safe.equals(full)) {
            return e;
        }
        AwsErrorDetails details = e.awsErrorDetails();
        AwsServiceException.Builder copy = e.toBuilder().message(safe);
        if (details != null) {
            copy.awsErrorDetails(
                    details.toBuilder().errorMessage(safe).rawResponse(null).build());
        }
        AwsServiceException rebuilt = copy.build();
        rebuilt.setStackTrace(e.getStackTrace());
        return rebuilt;
    }
}
