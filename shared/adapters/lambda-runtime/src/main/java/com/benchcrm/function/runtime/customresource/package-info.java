/**
 * CloudFormation custom resources: {@link com.benchcrm.function.runtime.customresource.CustomResourceHandler}
 * is the Lambda entry point's frame (answer exactly once, failed Creates and their Deletes),
 * {@link com.benchcrm.function.runtime.customresource.CustomResourceRequest} reads properties,
 * {@link com.benchcrm.function.runtime.customresource.ResponseUploader} PUTs the
 * {@link com.benchcrm.function.runtime.customresource.CustomResourceResponse} to the pre-signed URL.
 */
@NullMarked
package com.benchcrm.function.runtime.customresource;

import org.jspecify.annotations.NullMarked;
