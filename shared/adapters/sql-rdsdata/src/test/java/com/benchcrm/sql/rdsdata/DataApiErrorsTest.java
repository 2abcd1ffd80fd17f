package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.TransientSqlException;
import com.benchcrm.sql.UniqueViolationException;
import com.benchcrm.sql.rdsdata.DataApiErrors.Step;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseErrorException;
import software.amazon.awssdk.services.rdsdata.model.DatabaseResumingException;
import software.amazon.awssdk.services.rdsdata.model.StatementTimeoutException;

class DataApiErrorsTest {

    static <B extends AwsServiceException.Builder> B with(B builder, String code, int status, String message) {
        builder.message(message)
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .serviceName("RdsData")
                        .build());
        return builder;
    }

    @Test
    void translate_databaseErrorExceptionWithUniqueViolation_becomesUniqueViolation() {
        DatabaseErrorException e = with(
                        DatabaseErrorException.builder(),
                        "DatabaseErrorException",
                        400,
                        "ERROR: duplicate key value violates unique constraint \"vendor_name_key\"\n"
                                + "  Detail: Key (name)=(Acme) already exists.; SQLState: 23505")
                .build();

        SqlException translated = DataApiErrors.translate(e, Step.BEFORE_COMMIT);

        assertThat(translated)
                .isInstanceOfSatisfying(
                        UniqueViolationException.class,
                        u -> assertThat(u.constraint()).isEqualTo("vendor_name_key"));
        assertThat(translated.getCause().getMessage())
                .contains("SQLState: 23505")
                .doesNotContain("Acme");
    }

    @Test
    void translate_statementTimeout_isASqlExceptionThatIsNotRetried() {
        StatementTimeoutException e = with(
                        StatementTimeoutException.builder(),
                        "StatementTimeoutException",
                        400,
                        "The statement timed out")
                .build();

        SqlException translated = DataApiErrors.translate(e, Step.BEFORE_COMMIT);

        assertThat(translated).isNotInstanceOf(TransientSqlException.class);
        assertThat(translated.getMessage()).isEqualTo("The statement timed out");
    }

    @Test
    void translate_databaseResuming_isTransientBeforeCommit() {
        DatabaseResumingException e = with(
                        DatabaseResumingException.builder(),
                        "DatabaseResumingException",
                        400,
                        "The database is resuming")
                .build();

        assertThat(DataApiErrors.translate(e, Step.BEFORE_COMMIT)).isInstanceOf(TransientSqlException.class);
        assertThat(DataApiErrors.translate(e, Step.COMMIT)).isNotInstanceOf(TransientSqlException.class);
    }

    @Test
    void translate_clientSideTimeout_isNotRetriedBecauseTheOutcomeIsUnknown() {
        SqlException translated = DataApiErrors.translate(
                ApiCallTimeoutException.builder()
                        .message("took longer than 50s")
                        .build(),
                Step.BEFORE_COMMIT);

        assertThat(translated).isNotInstanceOf(TransientSqlException.class);
        assertThat(translated.getMessage()).contains("took longer than 50s");
    }

    @Test
    void primaryLine_stripsDetailAndSqlStateButKeepsTheMessage() {
        assertThat(DataApiErrors.primaryLine("ERROR: boom; SQLState: 42P01")).isEqualTo("ERROR: boom");
        assertThat(DataApiErrors.primaryLine("ERROR: boom Detail: Key (email)=(a@b.c); SQLState: 23505"))
                .isEqualTo("ERROR: boom");
        assertThat(DataApiErrors.primaryLine(null)).isEqualTo("database error");
    }
}
