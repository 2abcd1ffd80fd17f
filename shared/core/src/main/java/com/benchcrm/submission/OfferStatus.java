package com.benchcrm.submission;

/** EXTENDED when made; ACCEPTED when the submission is placed; DECLINED when it ends otherwise. */
public enum OfferStatus {
    EXTENDED,
    ACCEPTED,
    DECLINED
}
