package com.benchcrm.documents;

import com.benchcrm.common.BenchCrmException;

/** A document whose text cannot be read: encrypted, corrupt, an image-only scan, or a kind not supported (legacy .doc). */
public class UnreadableDocumentException extends BenchCrmException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
