/** Raw inbound mail storage behind the {@link com.benchcrm.blob.BlobStore} port. */
package com.benchcrm.blob;
