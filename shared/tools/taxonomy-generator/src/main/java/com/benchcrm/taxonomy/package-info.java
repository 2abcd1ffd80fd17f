/**
 * The generator of the skill taxonomy data file ({@code shared/core/.../skill-taxonomy.tsv}) from
 * the curated list of this module and the public sources under {@code ../shared/data/taxonomy}.
 * Run {@code shared/tools/taxonomy-generator/generate}; the generator test checks the committed file is
 * what the generator makes.
 */
@NullMarked
package com.benchcrm.taxonomy;

import org.jspecify.annotations.NullMarked;
