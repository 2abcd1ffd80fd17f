/** {@link com.benchcrm.identity.cognito.CognitoIdentityDirectory}: the users API's changes, told to the console's Cognito user pool. */
@NullMarked
package com.benchcrm.identity.cognito;

import org.jspecify.annotations.NullMarked;
