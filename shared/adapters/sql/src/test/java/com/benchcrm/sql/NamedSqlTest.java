package com.benchcrm.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void parse_namedParameters_becomePlaceholdersInOrder() {
        NamedSql sql = NamedSql.parse("select * from t where a = :a and b = :b_2 or c = :a");
        assertThat(sql.jdbcSql()).isEqualTo("select * from t where a = ? and b = ? or c = ?");
        assertThat(sql.names()).containsExactly("a", "b_2", "a");
    }

    @Test
    void parse_castsQuotesCommentsAndDollarBodies_areLeftAlone() {
        NamedSql sql = NamedSql.parse("""
                select ':no'::text, ":ident", $$ :body $$, $tag$ :x $tag$ -- :comment
                /* :block */ , :yes::uuid, 'it''s :quoted'""");
        assertThat(sql.names()).containsExactly("yes");
        assertThat(sql.jdbcSql())
                .contains("?::uuid")
                .contains("':no'::text")
                .contains("$tag$ :x $tag$")
                .contains("'it''s :quoted'");
    }

    @Test
    void parse_positionalDollarParameters_areNotTags() {
        NamedSql sql = NamedSql.parse("select $1, :a");
        assertThat(sql.names()).containsExactly("a");
        assertThat(sql.jdbcSql()).isEqualTo("select $1, ?");
    }

    @Test
    void distinctNames_keepFirstUseOrder_andTheTenantStatementHasOne() {
        assertThat(NamedSql.parse("select :b, :a, :b").distinctNames()).containsExactly("b", "a");
        assertThat(NamedSql.parse(SqlPort.SET_TENANT_SQL).distinctNames()).containsExactly("tenant_id");
    }
}
