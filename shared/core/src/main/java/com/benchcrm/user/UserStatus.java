package com.benchcrm.user;

/** Where a user is in its life: invited (never signed in), active, or deactivated (cannot sign in, tokens refused). */
public enum UserStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED;

    /** Whether a token of a user in this status is honoured. */
    public boolean maySignIn() {
        return this != DEACTIVATED;
    }
}
