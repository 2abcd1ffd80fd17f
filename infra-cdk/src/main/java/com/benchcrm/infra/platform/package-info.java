/**
 * The platform stack: what every capability shares. KMS keys
 * ({@link com.benchcrm.infra.platform.PlatformKeys}), the event bus with its archive and the work
 * queues ({@link com.benchcrm.infra.platform.EventBackbone}), the raw-mail store and SES receipt rule
 * set ({@code mail}), and the vector collection ({@code search}).
 */
@NullMarked
package com.benchcrm.infra.platform;

import org.jspecify.annotations.NullMarked;
