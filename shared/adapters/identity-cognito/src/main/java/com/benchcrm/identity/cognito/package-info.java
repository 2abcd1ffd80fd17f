/** {@link com.benchcrm.identity.cognito.CognitoIdentityDirectory}: the users API's changes, told to the console's Cognito user pool. */
package com.benchcrm.identity.cognito;
