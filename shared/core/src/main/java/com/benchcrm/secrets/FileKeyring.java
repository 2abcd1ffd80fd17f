package com.benchcrm.secrets;

import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link DataKeys} of the embedded stack: master keys in a keyring file under the stack home
 * ({@code keys/secrets.keyring}, owner read/write only), one version current. A data key is wrapped
 * with AES-256-GCM under the current master key, the tenant id as associated data; its reference
 * {@code local-<version>} names the master key, so rotation ({@link #rotate}) adds a version and
 * keeps the old ones for data keys they wrapped ({@code SecretSealer} values re-sealed by
 * {@code WebhookSecrets.resealAll} no longer need them).
 *
 * <pre>{@code
 * DataKeys keys = FileKeyring.open(home.resolve("keys/secrets.keyring"));   // created on first use
 * }</pre>
 *
 * <p>Not for AWS: there the tenant's KMS key wraps data keys and never leaves KMS.
 */
public final class FileKeyring implements DataKeys {

    private static final String PREFIX = "local-";
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Path file;
    private final SecureRandom random = new SecureRandom();
    private volatile Ring ring;

    private record Ring(int current, Map<Integer, byte[]> keys) {
    }

    private FileKeyring(Path file, Ring ring) {
        this.file = file;
        this.ring = ring;
    }

    /** Opens the keyring at {@code file}, creating it with a first key when there is none. */
    public static FileKeyring open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                Ring first = new Ring(1, Map.of(1, newKey()));
                try {
                    write(file, first, true);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            return new FileKeyring(file, read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the secrets keyring " + file, e);
        }
    }

    /** The version new data keys are wrapped with. */
    public int currentVersion() {
        return ring.current();
    }

    /** Adds a new master key and makes it current; the older ones stay for what they wrapped. */
    public synchronized int rotate() {
        Ring now = reload();
        Map<Integer, byte[]> keys = new TreeMap<>(now.keys());
        int next = keys.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        keys.put(next, newKey());
        Ring rotated = new Ring(next, keys);
        try {
            write(file, rotated, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the secrets keyring " + file, e);
        }
        ring = rotated;
        return next;
    }

    @Override
    public DataKey generate(TenantId tenant) {
        Ring r = ring;
        byte[] dataKey = newKey();
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, r.keys().get(r.current()), iv, tenant);
            byte[] ct = c.doFinal(dataKey);
            byte[] wrapped = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, wrapped, 0, iv.length);
            System.arraycopy(ct, 0, wrapped, iv.length, ct.length);
            return new DataKey(PREFIX + r.current(), dataKey, wrapped);
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException("the local keyring could not wrap a data key (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public byte[] unwrap(TenantId tenant, String keyRef, byte[] wrapped) {
        if (keyRef == null || !keyRef.startsWith(PREFIX)) {
            throw new SecretUnavailableException("the secret was sealed by another key service (" + keyRef
                    + "), not this stack's local keyring");
        }
        int version;
        try {
            version = Integer.parseInt(keyRef.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new SecretUnavailableException("unknown key reference " + keyRef);
        }
        byte[] master = ring.keys().get(version);
        if (master == null) {
            master = reload().keys().get(version); // rotated by another process
        }
        if (master == null) {
            throw new SecretUnavailableException("key version " + version + " is not in the keyring " + file.getFileName()
                    + " (removed after a rotation?)");
        }
        if (wrapped.length < 12 + 16) {
            throw new SecretUnavailableException("the wrapped data key is truncated");
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, master, java.util.Arrays.copyOf(wrapped, 12), tenant);
            return c.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException("the data key does not unwrap under key version " + version
                    + " for this tenant (altered, or another tenant's)");
        }
    }

    private synchronized Ring reload() {
        try {
            ring = read(file);
            return ring;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secrets keyring " + file, e);
        }
    }

    private static Cipher cipher(int mode, byte[] master, byte[] iv, TenantId tenant) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(("benchcrm-data-key:" + tenant.value()).getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static byte[] newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }

    private static Ring read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        Map<Integer, byte[]> keys = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(Integer.parseInt(name.substring(4)), B64D.decode(p.getProperty(name)));
            }
        }
        int current = Integer.parseInt(p.getProperty("current", "0"));
        if (!keys.containsKey(current) || keys.get(current).length != 32) {
            throw new IOException("the keyring " + file + " has no valid current key");
        }
        return new Ring(current, Map.copyOf(keys));
    }

    /** Writes to a temporary file beside it, then moves it into place (a reader never sees half a keyring). */
    private static void write(Path file, Ring ring, boolean createOnly) throws IOException {
        Properties p = new Properties();
        p.setProperty("current", Integer.toString(ring.current()));
        ring.keys().forEach((v, k) -> p.setProperty("key." + v, B64.encodeToString(k)));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createFile(tmp);
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "BenchCRM embedded stack: master keys that wrap the data keys of stored secrets. Keep it; do not share it.");
            }
            if (createOnly) {
                try {
                    Files.createLink(file, tmp); // fails if the file appeared meanwhile
                } catch (UnsupportedOperationException e) {
                    Files.move(tmp, file);
                }
            } else {
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
