package com.benchcrm.requirement;

import java.util.UUID;

/**
 * What an import did with one extracted requirement.
 *
 * @param created     a new requirement (false: it was already there and the source was added to it)
 * @param sourceAdded this vendor was not yet a source of it (false on an exact re-send from the same vendor)
 * @param sources     how many vendors have sent it now
 */
public record ImportedRequirement(UUID id, String title, boolean created, boolean sourceAdded, int sources) {}
