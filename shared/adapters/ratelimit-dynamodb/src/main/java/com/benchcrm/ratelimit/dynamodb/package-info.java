/**
 * The DynamoDB adapter of {@link com.benchcrm.ratelimit.RateLimiter}: a limit shared by every
 * instance of the HTTP API function (ADR 0035). See {@link com.benchcrm.ratelimit.dynamodb.DynamoDbRateLimiter}
 * for the table's items.
 */
@NullMarked
package com.benchcrm.ratelimit.dynamodb;

import org.jspecify.annotations.NullMarked;
