/** The {@link com.benchcrm.blob.BlobStore} adapter on Amazon S3, with the S3 Encryption Client for SES-encrypted mail. */
@NullMarked
package com.benchcrm.blob.s3;

import org.jspecify.annotations.NullMarked;
