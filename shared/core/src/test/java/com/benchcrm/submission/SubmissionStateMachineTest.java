package com.benchcrm.submission;

import static com.benchcrm.submission.SubmissionStatus.CLIENT_SUBMITTED;
import static com.benchcrm.submission.SubmissionStatus.DRAFT;
import static com.benchcrm.submission.SubmissionStatus.INTERVIEWING;
import static com.benchcrm.submission.SubmissionStatus.OFFERED;
import static com.benchcrm.submission.SubmissionStatus.ON_HOLD;
import static com.benchcrm.submission.SubmissionStatus.PLACED;
import static com.benchcrm.submission.SubmissionStatus.REJECTED;
import static com.benchcrm.submission.SubmissionStatus.SUBMITTED;
import static com.benchcrm.submission.SubmissionStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionStateMachineTest {

    @Test
    void happyPath_eachStage_allowsTheNextOne() {
        List<SubmissionStatus> path = List.of(DRAFT, SUBMITTED, CLIENT_SUBMITTED, INTERVIEWING, OFFERED, PLACED);
        for (int i = 0; i + 1 < path.size(); i++) {
            assertThat(SubmissionStateMachine.allowed(path.get(i), null))
                    .as(path.get(i) + " -> " + path.get(i + 1))
                    .contains(path.get(i + 1));
        }
    }

    @Test
    void draft_canBeSubmittedOrWithdrawnOnly() {
        assertThat(SubmissionStateMachine.allowed(DRAFT, null)).containsExactlyInAnyOrder(SUBMITTED, WITHDRAWN);
    }

    @Test
    void finalStatuses_allowNothing() {
        for (SubmissionStatus s : List.of(PLACED, REJECTED, WITHDRAWN)) {
            assertThat(SubmissionStateMachine.allowed(s, null)).as(s.name()).isEmpty();
            assertThat(s.terminal()).isTrue();
        }
    }

    @Test
    void skippingAStage_isRefused_namingTheAllowedMovesInPipelineOrder() {
        assertThatThrownBy(() -> SubmissionStateMachine.check(SUBMITTED, null, OFFERED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(SUBMITTED);
                    assertThat(e.to()).isEqualTo(OFFERED);
                    assertThat(e.allowed()).containsExactly(CLIENT_SUBMITTED, REJECTED, WITHDRAWN, ON_HOLD);
                    assertThat(e.getMessage()).contains("allowed: CLIENT_SUBMITTED, REJECTED, WITHDRAWN, ON_HOLD");
                });
    }

    @Test
    void placed_movingAnywhere_saysItIsFinal() {
        assertThatThrownBy(() -> SubmissionStateMachine.check(PLACED, null, WITHDRAWN))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("PLACED is final");
    }

    @Test
    void onHold_returnsOnlyToWhereItWas_orEnds() {
        assertThat(SubmissionStateMachine.allowed(ON_HOLD, INTERVIEWING))
                .containsExactlyInAnyOrder(INTERVIEWING, REJECTED, WITHDRAWN);
        assertThatThrownBy(() -> SubmissionStateMachine.check(ON_HOLD, INTERVIEWING, CLIENT_SUBMITTED))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onHold_withoutAnOpenHeldFromStatus_isACorruptRecord() {
        assertThatThrownBy(() -> SubmissionStateMachine.allowed(ON_HOLD, null))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SubmissionStateMachine.allowed(ON_HOLD, PLACED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void draft_cannotBeRejectedOrHeld_becauseNobodyHasSeenIt() {
        assertThat(SubmissionStateMachine.allowed(DRAFT, null)).doesNotContain(REJECTED, ON_HOLD);
    }

    @Test
    void reasons_areRequiredForRejectWithdrawAndHold() {
        assertThat(List.of(SubmissionStatus.values()))
                .filteredOn(SubmissionStateMachine::needsReason)
                .containsExactlyInAnyOrder(REJECTED, WITHDRAWN, ON_HOLD);
    }

    @Test
    void allowed_isACopy_callersCannotWidenTheMachine() {
        assertThatThrownBy(() -> SubmissionStateMachine.allowed(DRAFT, null).add(PLACED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(SubmissionStateMachine.allowed(DRAFT, null)).doesNotContain(PLACED);
    }
}
