package com.benchcrm.submission;

import com.benchcrm.common.BenchCrmException;
import java.util.List;
import java.util.Set;

/** A status change the pipeline does not allow from the submission's current status (a 409 naming the allowed ones). */
public final class IllegalTransitionException extends BenchCrmException {

    private final SubmissionStatus from;
    private final SubmissionStatus to;
    private final List<SubmissionStatus> allowed;

    public IllegalTransitionException(SubmissionStatus from, SubmissionStatus to, Set<SubmissionStatus> allowed) {
        super("a " + from + " submission cannot move to " + to + "; "
                + (allowed.isEmpty()
                        ? from + " is final"
                        : "allowed: "
                                + String.join(
                                        ", ",
                                        allowed.stream()
                                                .sorted()
                                                .map(Enum::name)
                                                .toList())));
        this.from = from;
        this.to = to;
        this.allowed = allowed.stream().sorted().toList();
    }

    public SubmissionStatus from() {
        return from;
    }

    public SubmissionStatus to() {
        return to;
    }

    /** The statuses the submission may move to, in pipeline order (empty when it is final). */
    public List<SubmissionStatus> allowed() {
        return allowed;
    }
}
