/** HTTP routes of companies and contacts ({@code /v1/companies}, {@code /v1/contacts}). */
@NullMarked
package com.benchcrm.function.httpapi.company;

import org.jspecify.annotations.NullMarked;
