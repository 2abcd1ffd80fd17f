package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.sql.SqlPort;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void parse_parametersInOrder_areFoundOnceEach() {
        assertThat(NamedParameters.parse("select * from t where a = :a and b = :b_2 or a = :a"))
                .containsExactly("a", "b_2");
    }

    @Test
    void parse_setTenantStatement_findsTheTenantParameter() {
        assertThat(NamedParameters.parse(SqlPort.SET_TENANT_SQL)).containsExactly("tenant_id");
    }

    @Test
    void parse_castsQuotesCommentsAndDollarBodies_areNotParameters() {
        String sql = """
                select :id::uuid, 'it''s :not', "col:umn", x::text -- :comment
                /* :block */ , $$ :body $$, $fn$ :tagged $fn$, :last""";

        assertThat(NamedParameters.parse(sql)).containsExactly("id", "last");
    }

    @Test
    void parse_positionalDollarReference_isNotADollarQuote() {
        assertThat(NamedParameters.parse("select $1, :x")).containsExactly("x");
    }
}
