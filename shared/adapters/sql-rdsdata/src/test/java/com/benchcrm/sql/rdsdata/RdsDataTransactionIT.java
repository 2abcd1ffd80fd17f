package com.benchcrm.sql.rdsdata;

import static com.benchcrm.sql.rdsdata.DataApiStub.BEGIN;
import static com.benchcrm.sql.rdsdata.DataApiStub.COMMIT;
import static com.benchcrm.sql.rdsdata.DataApiStub.EXECUTE;
import static com.benchcrm.sql.rdsdata.DataApiStub.ROLLBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.TenantNotSetException;
import com.benchcrm.sql.TransientSqlException;
import com.benchcrm.sql.UniqueViolationException;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rdsdata.model.BadRequestException;

/** Transactions, tenancy, retries and errors, through the SDK and a local stub of the service. */
class RdsDataTransactionIT {

    /** The tenant {@code set-tenant.json} echoes. */
    static final TenantId TENANT = TenantId.parse("0b6f6a52-3c1e-4a8e-9a43-2f1c5f7d9e10");

    static final String FIRST_TX =
            DataApiStub.fixture("begin.json").replaceAll("(?s).*\"transactionId\":\"([^\"]+)\".*", "$1");
    static final String SECOND_TX =
            DataApiStub.fixture("begin-second-attempt.json").replaceAll("(?s).*\"transactionId\":\"([^\"]+)\".*", "$1");

    static DataApiStub stub;
    static RdsDataSqlPort port;

    @BeforeAll
    static void start() {
        stub = DataApiStub.start();
        port = stub.port();
    }

    @AfterAll
    static void stop() {
        port.close();
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @Test
    void inTenant_success_beginsSetsTheTenantFirstRunsTheWorkAndCommits() {
        stub.answer(EXECUTE, "set-tenant.json").answer(EXECUTE, "select-one.json");

        long one = port.inTenant(TENANT, s -> s.query("select 1 as one").get(0).longValue("one"));

        assertThat(one).isEqualTo(1L);
        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, EXECUTE, COMMIT);
        JsonNode begin = stub.requests(BEGIN).get(0).body();
        assertThat(begin.path("resourceArn").asText()).isEqualTo(DataApiStub.CLUSTER_ARN);
        assertThat(begin.path("secretArn").asText()).isEqualTo(DataApiStub.SECRET_ARN);
        assertThat(begin.path("database").asText()).isEqualTo(DataApiStub.DATABASE);

        List<DataApiStub.Request> statements = stub.requests(EXECUTE);
        assertThat(statements.get(0).sql()).isEqualTo(SqlPort.SET_TENANT_SQL);
        JsonNode tenantParam = statements.get(0).body().path("parameters").get(0);
        assertThat(tenantParam.path("name").asText()).isEqualTo("tenant_id");
        assertThat(tenantParam.path("value").path("stringValue").asText())
                .isEqualTo(TENANT.value().toString());
        assertThat(tenantParam.has("typeHint"))
                .as("set_config takes text, not uuid")
                .isFalse();
        assertThat(statements.get(1).sql()).isEqualTo("select 1 as one");
        assertThat(statements)
                .allSatisfy(
                        r -> assertThat(r.body().path("transactionId").asText()).isEqualTo(FIRST_TX));
        assertThat(stub.requests(COMMIT).get(0).body().path("transactionId").asText())
                .isEqualTo(FIRST_TX);
    }

    @Test
    void withoutTenant_runsTheWorkInATransactionWithoutSettingATenant() {
        stub.answer(EXECUTE, "select-one.json");

        port.withoutTenant(s -> s.query("select 1 as one"));

        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, COMMIT);
        assertThat(stub.requests(EXECUTE).get(0).sql()).isEqualTo("select 1 as one");
        assertThat(stub.requests(EXECUTE).get(0).body().path("transactionId").asText())
                .isEqualTo(FIRST_TX);
    }

    @Test
    void inTenant_nullTenant_throwsBeforeAnyRequest() {
        AtomicInteger workRuns = new AtomicInteger();

        assertThatThrownBy(() -> port.inTenant(null, s -> workRuns.incrementAndGet()))
                .isInstanceOf(TenantNotSetException.class);

        assertThat(workRuns).hasValue(0);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void inTenant_setConfigAnswersAnotherTenant_refusesTheWorkAndRollsBack() {
        stub.answer(EXECUTE, "set-tenant-other-tenant.json");
        AtomicInteger workRuns = new AtomicInteger();

        assertThatThrownBy(() -> port.inTenant(TENANT, s -> workRuns.incrementAndGet()))
                .isInstanceOf(TenantNotSetException.class);

        assertThat(workRuns).hasValue(0);
        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, ROLLBACK);
        assertThat(stub.requests(ROLLBACK).get(0).body().path("transactionId").asText())
                .isEqualTo(FIRST_TX);
    }

    @Test
    void inTenant_workThrows_rollsBackNeverCommitsAndRethrowsTheSameException() {
        stub.answer(EXECUTE, "set-tenant.json").answer(EXECUTE, "update-three-rows.json");
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> port.inTenant(TENANT, s -> {
                    s.update("delete from consultant where active = :active", SqlParams.of("active", false));
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, EXECUTE, ROLLBACK);
        assertThat(stub.requests(ROLLBACK).get(0).body().path("transactionId").asText())
                .isEqualTo(FIRST_TX);
    }

    @Test
    void inTenant_statementFails_rollsBackAndReportsItsSqlStateWithoutTheRowValues() {
        stub.answer(EXECUTE, "set-tenant.json")
                .fail(EXECUTE, 400, "BadRequestException", "error-not-null-violation.json");

        assertThatThrownBy(() -> port.inTenant(
                        TENANT,
                        s -> s.update("insert into consultant (full_name) values (:name)", SqlParams.of("name", null))))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e).isNotInstanceOf(TransientSqlException.class);
                    assertThat(e.sqlState()).isEqualTo("23502");
                    assertThat(e.getMessage()).contains("violates not-null constraint");
                    assertThat(chainText(e))
                            .doesNotContain("ann.lee@example.com")
                            .doesNotContain("Failing row");
                });

        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, EXECUTE, ROLLBACK);
    }

    @Test
    void inTenant_uniqueViolation_becomesUniqueViolationWithTheConstraintAndNoDetail() {
        stub.answer(EXECUTE, "set-tenant.json")
                .fail(EXECUTE, 400, "BadRequestException", "error-unique-violation.json");

        assertThatThrownBy(() -> port.inTenant(
                        TENANT,
                        s -> s.update(
                                "insert into consultant (email) values (:email)",
                                SqlParams.of("email", "ann.lee@example.com"))))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
                    assertThat(e.constraint()).isEqualTo("consultant_email_key");
                    assertThat(e.sqlState()).isEqualTo("23505");
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "ERROR: duplicate key value violates unique constraint \"consultant_email_key\"");
                    // neither the port's exception nor the SDK exception kept as its cause carries the DETAIL
                    assertThat(chainText(e)).doesNotContain("Detail").doesNotContain("ann.lee@example.com");
                    assertThat(e.getCause()).isInstanceOfSatisfying(BadRequestException.class, sdk -> {
                        assertThat(sdk.statusCode()).isEqualTo(400);
                        assertThat(sdk.awsErrorDetails().rawResponse())
                                .as("raw body dropped")
                                .isNull();
                    });
                });

        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, EXECUTE, ROLLBACK); // not retried
    }

    @Test
    void inTenant_serializationFailureOnce_rerunsTheWholeUnitAndSucceeds() {
        stub.answer(BEGIN, "begin.json")
                .answer(BEGIN, "begin-second-attempt.json")
                .answer(EXECUTE, "set-tenant.json")
                .fail(EXECUTE, 400, "DatabaseErrorException", "error-serialization-failure.json")
                .answer(EXECUTE, "set-tenant.json")
                .answer(EXECUTE, "select-two.json");
        AtomicInteger workRuns = new AtomicInteger();

        long result = port.inTenant(TENANT, s -> {
            workRuns.incrementAndGet();
            return s.query("select balance from account").get(0).longValue("one");
        });

        assertThat(result).isEqualTo(2L);
        assertThat(workRuns).hasValue(2);
        assertThat(stub.operations())
                .containsExactly(BEGIN, EXECUTE, EXECUTE, ROLLBACK, BEGIN, EXECUTE, EXECUTE, COMMIT);
        List<DataApiStub.Request> statements = stub.requests(EXECUTE);
        assertThat(statements.get(0).body().path("transactionId").asText()).isEqualTo(FIRST_TX);
        assertThat(statements.get(2).sql()).isEqualTo(SqlPort.SET_TENANT_SQL); // the tenant is set again
        assertThat(statements.subList(2, 4))
                .allSatisfy(
                        r -> assertThat(r.body().path("transactionId").asText()).isEqualTo(SECOND_TX));
        assertThat(stub.requests(COMMIT).get(0).body().path("transactionId").asText())
                .isEqualTo(SECOND_TX);
    }

    @Test
    void inTenant_serializationFailureEveryTime_givesUpAfterThreeAttempts() {
        for (int i = 0; i < 3; i++) {
            stub.answer(EXECUTE, "set-tenant.json")
                    .fail(EXECUTE, 400, "BadRequestException", "error-serialization-failure.json");
        }

        assertThatThrownBy(() -> port.inTenant(TENANT, s -> s.query("select 1 as one")))
                .isInstanceOfSatisfying(
                        TransientSqlException.class,
                        e -> assertThat(e.sqlState()).isEqualTo("40001"));

        assertThat(stub.requests(BEGIN)).hasSize(3);
        assertThat(stub.requests(ROLLBACK)).hasSize(3);
        assertThat(stub.requests(COMMIT)).isEmpty();
    }

    @Test
    void inTenant_serviceUnavailableOnEveryBegin_isTransientAfterThreeBeginsAndNoSdkRetries() {
        for (int i = 0; i < 3; i++) {
            stub.fail(BEGIN, 503, "ServiceUnavailableError", "error-service-unavailable.json");
        }

        assertThatThrownBy(() -> port.inTenant(TENANT, s -> s.query("select 1 as one")))
                .isInstanceOfSatisfying(
                        TransientSqlException.class,
                        e -> assertThat(e.sqlState()).isNull());

        // three attempts of the unit, one HTTP call each: the SDK's own retries are off
        assertThat(stub.operations()).containsExactly(BEGIN, BEGIN, BEGIN);
    }

    @Test
    void inTenant_throttledStatement_rollsBackAndRerunsTheUnit() {
        stub.answer(EXECUTE, "set-tenant.json")
                .fail(EXECUTE, 400, "ThrottlingException", "error-throttled.json")
                .answer(EXECUTE, "set-tenant.json")
                .answer(EXECUTE, "select-one.json");

        long one = port.inTenant(TENANT, s -> s.query("select 1 as one").get(0).longValue("one"));

        assertThat(one).isEqualTo(1L);
        assertThat(stub.operations())
                .containsExactly(BEGIN, EXECUTE, EXECUTE, ROLLBACK, BEGIN, EXECUTE, EXECUTE, COMMIT);
    }

    @Test
    void inTenant_commitUnavailable_isNotRetriedBecauseTheOutcomeIsUnknown() {
        stub.answer(EXECUTE, "set-tenant.json")
                .answer(EXECUTE, "update-three-rows.json")
                .fail(COMMIT, 503, "ServiceUnavailableError", "error-service-unavailable.json");

        assertThatThrownBy(() ->
                        port.inTenant(TENANT, s -> s.update("update consultant set active = true", SqlParams.none())))
                .isInstanceOfSatisfying(SqlException.class, e -> {
                    assertThat(e).isNotInstanceOf(TransientSqlException.class);
                    assertThat(e.getMessage()).contains("commit outcome is unknown");
                });

        assertThat(stub.requests(BEGIN)).hasSize(1);
        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, EXECUTE, COMMIT, ROLLBACK);
    }

    @Test
    void inTenant_rollbackFails_keepsTheFirstFailureAndAddsTheRollbackFailureAsSuppressed() {
        stub.answer(EXECUTE, "set-tenant.json")
                .fail(ROLLBACK, 404, "TransactionNotFoundException", "error-transaction-not-found.json");
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> port.inTenant(TENANT, s -> {
                    throw boom;
                }))
                .isSameAs(boom);

        assertThat(boom.getSuppressed())
                .singleElement()
                .isInstanceOfSatisfying(
                        SqlException.class, e -> assertThat(e.getMessage()).contains("is not found"));
        assertThat(stub.operations()).containsExactly(BEGIN, EXECUTE, ROLLBACK);
    }

    /** Every message in the exception's cause chain and its suppressed exceptions. */
    private static String chainText(Throwable t) {
        List<String> messages = new ArrayList<>();
        collect(t, messages, 0);
        return String.join("\n", messages);
    }

    private static void collect(Throwable t, List<String> out, int depth) {
        if (t == null || depth > 10) {
            return;
        }
        out.add(String.valueOf(t));
        out.add(String.valueOf(t.getMessage()));
        for (Throwable s : t.getSuppressed()) {
            collect(s, out, depth + 1);
        }
        collect(t.getCause(), out, depth + 1);
    }
}
