package com.benchcrm.submission;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves of a submission, as a pure function of its status (and, ON_HOLD, the status it
 * was held from). No I/O: the use case asks it before it writes anything.
 *
 * <pre>
 * DRAFT -> SUBMITTED -> CLIENT_SUBMITTED -> INTERVIEWING -> OFFERED -> PLACED
 *   any open stage after DRAFT -> REJECTED (with a reason)
 *   any open stage             -> WITHDRAWN (with a reason)
 *   any open stage after DRAFT -> ON_HOLD (with a reason) -> back to the stage it was held from
 * </pre>
 * An ON_HOLD submission may also be rejected or withdrawn. PLACED, REJECTED and WITHDRAWN are final.
 *
 * <pre>{@code
 * Set<SubmissionStatus> next = SubmissionStateMachine.allowed(SubmissionStatus.SUBMITTED, null);
 * SubmissionStateMachine.check(current.status(), current.heldFrom(), SubmissionStatus.OFFERED); // throws IllegalTransitionException
 * }</pre>
 */
public final class SubmissionStateMachine {

    private static final Map<SubmissionStatus, EnumSet<SubmissionStatus>> NEXT = new EnumMap<>(SubmissionStatus.class);

    static {
        NEXT.put(SubmissionStatus.DRAFT, EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.WITHDRAWN));
        NEXT.put(
                SubmissionStatus.SUBMITTED,
                EnumSet.of(
                        SubmissionStatus.CLIENT_SUBMITTED,
                        SubmissionStatus.REJECTED,
                        SubmissionStatus.WITHDRAWN,
                        SubmissionStatus.ON_HOLD));
        NEXT.put(
                SubmissionStatus.CLIENT_SUBMITTED,
                EnumSet.of(
                        SubmissionStatus.INTERVIEWING,
                        SubmissionStatus.REJECTED,
                        SubmissionStatus.WITHDRAWN,
                        SubmissionStatus.ON_HOLD));
        NEXT.put(
                SubmissionStatus.INTERVIEWING,
                EnumSet.of(
                        SubmissionStatus.OFFERED,
                        SubmissionStatus.REJECTED,
                        SubmissionStatus.WITHDRAWN,
                        SubmissionStatus.ON_HOLD));
        NEXT.put(
                SubmissionStatus.OFFERED,
                EnumSet.of(
                        SubmissionStatus.PLACED,
                        SubmissionStatus.REJECTED,
                        SubmissionStatus.WITHDRAWN,
                        SubmissionStatus.ON_HOLD));
        NEXT.put(SubmissionStatus.PLACED, EnumSet.noneOf(SubmissionStatus.class));
        NEXT.put(SubmissionStatus.REJECTED, EnumSet.noneOf(SubmissionStatus.class));
        NEXT.put(SubmissionStatus.WITHDRAWN, EnumSet.noneOf(SubmissionStatus.class));
    }

    /** Moves that must say why: the reason is kept with the submission and in its history. */
    private static final Set<SubmissionStatus> NEED_REASON =
            EnumSet.of(SubmissionStatus.REJECTED, SubmissionStatus.WITHDRAWN, SubmissionStatus.ON_HOLD);

    private SubmissionStateMachine() {}

    /**
     * The statuses a submission may move to next.
     *
     * @param heldFrom the status an ON_HOLD submission was held from (ignored otherwise)
     */
    public static Set<SubmissionStatus> allowed(SubmissionStatus current, SubmissionStatus heldFrom) {
        if (current == SubmissionStatus.ON_HOLD) {
            if (heldFrom == null || heldFrom == SubmissionStatus.ON_HOLD || heldFrom.terminal()) {
                throw new IllegalStateException(
                        "an ON_HOLD submission must know the open status it was held from, not " + heldFrom);
            }
            return Collections.unmodifiableSet(
                    EnumSet.of(heldFrom, SubmissionStatus.REJECTED, SubmissionStatus.WITHDRAWN));
        }
        return Collections.unmodifiableSet(NEXT.get(current).clone());
    }

    /**
     * Refuses a move the machine does not allow.
     *
     * @throws IllegalTransitionException naming the allowed moves
     */
    public static void check(SubmissionStatus current, SubmissionStatus heldFrom, SubmissionStatus target) {
        Set<SubmissionStatus> allowed = allowed(current, heldFrom);
        if (!allowed.contains(target)) {
            throw new IllegalTransitionException(current, target, allowed);
        }
    }

    /** Whether moving to {@code target} needs a reason (REJECTED, WITHDRAWN, ON_HOLD). */
    public static boolean needsReason(SubmissionStatus target) {
        return NEED_REASON.contains(target);
    }
}
