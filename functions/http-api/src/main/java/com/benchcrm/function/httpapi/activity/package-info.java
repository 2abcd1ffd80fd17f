/** HTTP routes of activities and timelines ({@code /v1/{records}/{id}/activities}, {@code /v1/{records}/{id}/timeline}). */
@NullMarked
package com.benchcrm.function.httpapi.activity;

import org.jspecify.annotations.NullMarked;
