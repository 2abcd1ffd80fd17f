/**
 * The matching adapters a function runs with, chosen by its environment: the embedding model and the
 * vector index, opened once per process and shared by every function hosted in it.
 */
@NullMarked
package com.benchcrm.matching.adapters;

import org.jspecify.annotations.NullMarked;
