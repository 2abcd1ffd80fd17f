package com.benchcrm.testing.memory;

import com.benchcrm.secrets.DataKey;
import com.benchcrm.secrets.DataKeys;
import com.benchcrm.secrets.SecretUnavailableException;
import com.benchcrm.tenancy.TenantId;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link DataKeys} in memory for tests: a "wrapped" key is a handle to a key kept in this object for
 * its tenant only. {@link #failing} makes every call fail as an unreachable key service would.
 */
public final class InMemoryDataKeys implements DataKeys {

    private record Entry(TenantId tenant, byte[] key) {
    }

    private final Map<UUID, Entry> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicBoolean failing = new AtomicBoolean();

    /** From now on every call fails (true) or works again (false). */
    public void failing(boolean fail) {
        failing.set(fail);
    }

    @Override
    public DataKey generate(TenantId tenant) {
        check();
        byte[] key = new byte[32];
        random.nextBytes(key);
        UUID handle = UUID.randomUUID();
        keys.put(handle, new Entry(tenant, key.clone()));
        ByteBuffer b = ByteBuffer.allocate(16).putLong(handle.getMostSignificantBits()).putLong(handle.getLeastSignificantBits());
        return new DataKey("memory", key, b.array());
    }

    @Override
    public byte[] unwrap(TenantId tenant, String keyRef, byte[] wrapped) {
        check();
        ByteBuffer b = ByteBuffer.wrap(wrapped);
        Entry e = wrapped.length == 16 ? keys.get(new UUID(b.getLong(), b.getLong())) : null;
        if (e == null || !e.tenant().equals(tenant)) {
            throw new SecretUnavailableException("no such data key for this tenant");
        }
        return e.key().clone();
    }

    private void check() {
        if (failing.get()) {
            throw new SecretUnavailableException("the key service cannot be reached (test)");
        }
    }
}
