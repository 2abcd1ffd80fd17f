package com.benchcrm.lifecycle;

/** The result of a create: the entity, and whether it is the stored result of an earlier request. */
public record Created<T>(T value, boolean replayed) {}
