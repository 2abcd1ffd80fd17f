package com.benchcrm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PermissionMatrixTest {

    @Test
    void readOnlyAndAnalyst_haveNoWritePermission() {
        for (Role role : List.of(Role.ReadOnly, Role.Analyst)) {
            assertThat(PermissionMatrix.grantsOf(role)).noneMatch(p -> p.name().endsWith("_WRITE"));
        }
    }

    @Test
    void everyRole_canReadTheBenchAndRequirements() {
        for (Role role : Role.values()) {
            assertThat(PermissionMatrix.grantsOf(role))
                    .contains(Permission.CONSULTANT_READ, Permission.REQUIREMENT_READ);
        }
    }

    @Test
    void caller_require_throwsForbiddenUnlessARoleGrantsIt() {
        Caller sales = new Caller(new TenantId(UUID.randomUUID()), "u", Set.of(Role.Sales), "t");
        sales.require(Permission.REQUIREMENT_WRITE);
        assertThatThrownBy(() -> sales.require(Permission.CONSULTANT_WRITE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("consultant:write");
        Caller none = new Caller(new TenantId(UUID.randomUUID()), "u", Set.of(), "t");
        assertThatThrownBy(() -> none.require(Permission.CONSULTANT_READ)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void roleParse_isCaseInsensitive_andNeverGuesses() {
        assertThat(Role.parse("readonly")).contains(Role.ReadOnly);
        assertThat(Role.parse("superuser")).isEmpty();
    }
}
