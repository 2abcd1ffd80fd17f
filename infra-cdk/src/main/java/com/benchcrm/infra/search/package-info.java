/**
 * Vector search: the OpenSearch Serverless vector collection the embed and match functions use
 * (ADR 0008 says why Serverless rather than a managed domain).
 */
@NullMarked
package com.benchcrm.infra.search;

import org.jspecify.annotations.NullMarked;
