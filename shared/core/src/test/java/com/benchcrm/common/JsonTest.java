package com.benchcrm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.consultant.ConsultantInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void strict_refusesCoercionUnknownFieldsAndTrailingTokens() {
        assertThatThrownBy(() -> Json.strict()
                        .readValue("{\"fullName\":\"A\",\"yearsExperience\":\"5\"}", ConsultantInput.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.strict().readValue("{\"fullName\":\"A\",\"nope\":1}", ConsultantInput.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.strict().readValue("{\"fullName\":\"A\"} {}", ConsultantInput.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.strict().readValue("{\"fullName\":123}", ConsultantInput.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void strict_refusesDeepNesting() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> Json.strict().readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void canonicalHash_ignoresKeyOrder_butNotValues() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("b", 1);
        a.put("a", 2);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("a", 2);
        b.put("b", 1);
        assertThat(Hashing.canonicalSha256(a)).isEqualTo(Hashing.canonicalSha256(b));
        b.put("b", 3);
        assertThat(Hashing.canonicalSha256(a)).isNotEqualTo(Hashing.canonicalSha256(b));
        assertThat(Hashing.canonicalSha256(null)).isNull();
    }

    @Test
    void employmentType1099_usesItsWireSpelling() throws Exception {
        assertThat(Json.write(EmploymentType.C1099)).isEqualTo("\"1099\"");
        assertThat(Json.strict().readValue("\"1099\"", EmploymentType.class)).isEqualTo(EmploymentType.C1099);
        assertThat(EmploymentType.fromCode(EmploymentType.C1099.code())).isEqualTo(EmploymentType.C1099);
    }
}
