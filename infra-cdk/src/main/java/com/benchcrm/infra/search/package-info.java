/**
 * Vector search: the OpenSearch Serverless vector collection the embed and match functions use
 * (ADR 0001 says why Serverless rather than a managed domain).
 */
package com.benchcrm.infra.search;
