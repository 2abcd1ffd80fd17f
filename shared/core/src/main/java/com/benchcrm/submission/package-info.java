/**
 * The submission pipeline: a consultant put forward for a requirement through a vendor, moving
 * DRAFT -> SUBMITTED -> CLIENT_SUBMITTED -> INTERVIEWING -> OFFERED -> PLACED (or REJECTED,
 * WITHDRAWN, ON_HOLD and back), with interviews, offers and the placement.
 *
 * <ul>
 *   <li>{@link com.benchcrm.submission.SubmissionStateMachine}: the legal moves, a pure class;</li>
 *   <li>{@link com.benchcrm.submission.DuplicateGuard}: the duplicate-submission rule, a pure function;</li>
 *   <li>{@link com.benchcrm.submission.Submissions}: the use cases (RTR, duplicate guard and margin
 *       floor checked before SUBMITTED; audit, history and events for every move);</li>
 *   <li>{@link com.benchcrm.submission.SubmissionRepository} and
 *       {@link com.benchcrm.parties.SubmissionReferences}: the ports (PostgreSQL in
 *       {@code benchcrm-persistence-postgres}, in memory in {@code benchcrm-test-fixtures});</li>
 *   <li>{@link com.benchcrm.submission.InterviewCalendar}: an interview as an RFC 5545 file.</li>
 * </ul>
 * ADR 0085.
 */
@NullMarked
package com.benchcrm.submission;

import org.jspecify.annotations.NullMarked;
