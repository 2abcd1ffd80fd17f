package com.benchcrm.sql;

/** A unit of work inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(SqlSession session);
}
