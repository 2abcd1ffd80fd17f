/** HTTP routes of companies and contacts ({@code /v1/companies}, {@code /v1/contacts}). */
package com.benchcrm.function.httpapi.company;
