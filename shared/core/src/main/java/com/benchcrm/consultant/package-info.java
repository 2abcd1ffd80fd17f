/**
 * The bench: consultants with their skills, availability, rate and work authorization.
 *
 * <p>{@link com.benchcrm.consultant.Consultants} wires the generic lifecycle to the consultant
 * table; {@link com.benchcrm.consultant.ConsultantInput} holds the validation rules.
 */
@NullMarked
package com.benchcrm.consultant;

import org.jspecify.annotations.NullMarked;
