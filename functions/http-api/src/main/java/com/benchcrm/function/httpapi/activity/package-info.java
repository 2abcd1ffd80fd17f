/** HTTP routes of activities and timelines ({@code /v1/{records}/{id}/activities}, {@code /v1/{records}/{id}/timeline}). */
package com.benchcrm.function.httpapi.activity;
