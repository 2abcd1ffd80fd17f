/**
 * A consultant's documents (resumes imported through the API or mailed): the bytes in the blob
 * store under {@code documents/<tenant>/<consultant>/<sha256>}, the metadata in the tenant's
 * database; the same bytes twice for one consultant are one document. ADR 0083.
 */
@NullMarked
package com.benchcrm.consultant.document;

import org.jspecify.annotations.NullMarked;
