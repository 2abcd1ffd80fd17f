package com.benchcrm.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stack's keyring and the sealer over it (issue 11 item 7, ADR 0057): sealing, rotation, refusals. */
class FileKeyringTest {

    static final String SECRET = "whsec_c2VjcmV0LW9mLXRoZS1wYXJ0bmVyLTEyMzQ1Ng";

    @TempDir
    Path dir;

    final TenantId tenant = new TenantId(UUID.randomUUID());
    final TenantId other = new TenantId(UUID.randomUUID());

    @Test
    void seal_neverHoldsThePlaintext_andOpensForTheSameTenantAndContextOnly() {
        SecretSealer sealer = new SecretSealer(FileKeyring.open(dir.resolve("keys/secrets.keyring")));

        String sealed = sealer.seal(tenant, "webhook:a", SECRET);

        assertThat(sealed).startsWith("v1.local-1.").doesNotContain(SECRET).doesNotContain(SECRET.substring("whsec_".length()));
        assertThat(sealer.seal(tenant, "webhook:a", SECRET)).as("a fresh data key and IV each time").isNotEqualTo(sealed);
        assertThat(sealer.open(tenant, "webhook:a", sealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.open(other, "webhook:a", sealed)).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("another tenant");
        assertThatThrownBy(() -> sealer.open(tenant, "webhook:b", sealed)).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void alteredOrForeignValues_areAClearRefusal() {
        SecretSealer sealer = new SecretSealer(FileKeyring.open(dir.resolve("secrets.keyring")));
        String sealed = sealer.seal(tenant, "webhook:a", SECRET);
        String[] parts = sealed.split("\\.");
        char last = parts[4].charAt(0);
        parts[4] = (last == 'A' ? 'B' : 'A') + parts[4].substring(1);

        assertThatThrownBy(() -> sealer.open(tenant, "webhook:a", String.join(".", parts)))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> sealer.open(tenant, "webhook:a", "whsec_plain")).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("not a sealed value");
        assertThatThrownBy(() -> sealer.open(tenant, "webhook:a", sealed.replace("v1.local-1.", "v1.kms.")))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("another key service");
    }

    @Test
    void rotation_newSealsUseTheNewVersion_oldOnesStillOpen_alsoInAnotherProcess() {
        Path file = dir.resolve("secrets.keyring");
        FileKeyring ring = FileKeyring.open(file);
        SecretSealer sealer = new SecretSealer(ring);
        String before = sealer.seal(tenant, "webhook:a", SECRET);

        FileKeyring running = FileKeyring.open(file); // a second process holding the ring before the rotation
        assertThat(ring.rotate()).isEqualTo(2);
        String after = sealer.seal(tenant, "webhook:a", SECRET);

        assertThat(SecretSealer.keyRef(before)).isEqualTo("local-1");
        assertThat(SecretSealer.keyRef(after)).isEqualTo("local-2");
        assertThat(sealer.open(tenant, "webhook:a", before)).isEqualTo(SECRET);
        assertThat(new SecretSealer(running).open(tenant, "webhook:a", after)).as("reloads the rotated ring").isEqualTo(SECRET);
        assertThat(FileKeyring.open(file).currentVersion()).isEqualTo(2);
    }

    @Test
    void aRetiredKeyVersion_isAClearRefusalNamingIt() throws IOException {
        Path file = dir.resolve("secrets.keyring");
        FileKeyring ring = FileKeyring.open(file);
        String before = new SecretSealer(ring).seal(tenant, "webhook:a", SECRET);
        ring.rotate();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        p.remove("key.1");
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, null);
        }

        assertThatThrownBy(() -> new SecretSealer(FileKeyring.open(file)).open(tenant, "webhook:a", before))
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("key version 1 is not in the keyring");
    }

    @Test
    void theKeyringFile_isReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("secrets.keyring");
        FileKeyring.open(file).rotate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains("current=2").contains("key.1=").contains("key.2=");
    }
}
