package com.benchcrm.ingest;

import java.time.Instant;

/**
 * A raw message as it arrived: its bytes, where the raw copy is kept (never deleted), the channel.
 *
 * @param blobKey the key of the raw message in the blob store ({@code raw/acme/<id>})
 */
public record InboundMail(byte[] raw, String blobKey, Channel channel, Instant receivedAt) {}
