/**
 * Hybrid search over the bench and the requirements: PostgreSQL full text and skill keys, the vector
 * index's nearest neighbours, and SQL filters, fused by reciprocal rank.
 */
@NullMarked
package com.benchcrm.search;

import org.jspecify.annotations.NullMarked;
