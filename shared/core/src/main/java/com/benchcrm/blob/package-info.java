/** Raw inbound mail storage behind the {@link com.benchcrm.blob.BlobStore} port. */
@NullMarked
package com.benchcrm.blob;

import org.jspecify.annotations.NullMarked;
