package com.benchcrm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void cursor_roundTrips_forItsOwnKindOnly() {
        UUID id = UUID.randomUUID();
        String cursor = PageRequest.encodeCursor("consultant", id);
        assertThat(PageRequest.parse("consultant", "10", cursor).after()).contains(id);
        assertThatThrownBy(() -> PageRequest.parse("requirement", "10", cursor))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void parse_garbageCursorOrLimit_isInvalidRequest() {
        for (String bad : new String[] {"%%%", "", "djE6Y29uc3VsdGFudDpub3QtYS11dWlk", "AAAA"}) {
            assertThatThrownBy(() -> PageRequest.parse("consultant", null, bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> PageRequest.parse("consultant", "0", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequest.parse("consultant", "1e3", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(PageRequest.parse("consultant", null, null).limit()).isEqualTo(50);
    }

    @Test
    void fromOverfetch_dropsTheProbeRow_andPointsTheCursorAtTheLastKeptRow() {
        List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Page<UUID> page = Page.fromOverfetch(rows, 2, "x", u -> u);
        assertThat(page.items()).containsExactly(rows.get(0), rows.get(1));
        assertThat(PageRequest.decodeCursor("x", page.nextCursor().orElseThrow()))
                .isEqualTo(rows.get(1));
        assertThat(Page.fromOverfetch(rows, 3, "x", u -> u).nextCursor()).isEmpty();
    }
}
