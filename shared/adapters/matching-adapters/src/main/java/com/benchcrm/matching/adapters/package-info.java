/**
 * The matching adapters a function runs with, chosen by its environment: the embedding model and the
 * vector index, opened once per process and shared by every function hosted in it.
 */
package com.benchcrm.matching.adapters;
