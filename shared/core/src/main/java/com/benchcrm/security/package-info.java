/**
 * Who is calling and what they may do: roles, the single permission matrix, the verified caller,
 * and the port that turns a bearer token into one.
 */
@NullMarked
package com.benchcrm.security;

import org.jspecify.annotations.NullMarked;
