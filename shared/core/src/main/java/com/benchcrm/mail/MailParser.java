package com.benchcrm.mail;

/**
 * Port: turns a raw RFC 822 message into a {@link ParsedMail}. Never throws for bad input: an
 * empty, truncated or garbled message gives a {@code ParsedMail} whose {@code problems} say what was
 * wrong. The adapter is {@code shared/adapters/mail-mime} (Apache James mime4j).
 *
 * <pre>{@code
 * ParsedMail mail = parser.parse(Files.readAllBytes(Path.of("vendor.eml")));
 * String text = mail.contentText();
 * }</pre>
 */
public interface MailParser {

    ParsedMail parse(byte[] raw);
}
