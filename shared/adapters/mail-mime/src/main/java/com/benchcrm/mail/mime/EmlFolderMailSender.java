package com.benchcrm.mail.mime;

import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.OutboundMail;
import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The local mail sink ({@link MailSender} of the embedded stack): each sent mail is kept as an .eml
 * file under {@code <folder>/<tenant>/}, named by its Message-ID, and the location recorded with the
 * message is that relative path. Nothing leaves the machine; open the file with any mail client.
 */
public final class EmlFolderMailSender implements MailSender {

    private final Path folder;
    private final MimeMailWriter writer;

    public EmlFolderMailSender(Path folder, MimeMailWriter writer) {
        this.folder = folder;
        this.writer = writer;
    }

    @Override
    public String send(TenantId tenant, OutboundMail mail) {
        String name = mail.messageId().replaceAll("[^A-Za-z0-9@._-]", "") + ".eml";
        Path relative = Path.of(tenant.value().toString(), name);
        Path file = folder.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "sending-", ".tmp");
            Files.write(tmp, writer.write(mail), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(
                    tmp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MailSendException("could not write " + file, e);
        }
        return relative.toString().replace('\\', '/');
    }
}
