/**
 * Deterministic demo data for BenchCRM: a bench of invented consultants and vendor requirements
 * across fifteen IT role families, generated from a seed.
 *
 * <p>{@link com.benchcrm.demo.DemoData#generate(long, int, int)} is the entry point; everything else
 * in the package (word lists, role families, the two generators) is internal. All names, clients,
 * emails ({@code example.com}) and phone numbers ({@code 555-01xx}) are fictional.
 */
@NullMarked
package com.benchcrm.demo;

import org.jspecify.annotations.NullMarked;
