/**
 * Activities and timelines: notes, calls, e-mails and meetings logged on a consultant, requirement,
 * company or submission ({@link com.benchcrm.activity.Activities}), and the record's timeline, its
 * activities beside the audit log's changes (created, updated, tagged, status changes), newest first.
 * ADR 0081.
 */
@NullMarked
package com.benchcrm.activity;

import org.jspecify.annotations.NullMarked;
