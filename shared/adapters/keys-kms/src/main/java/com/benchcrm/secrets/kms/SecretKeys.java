package com.benchcrm.secrets.kms;

import com.benchcrm.secrets.DataKeys;
import com.benchcrm.secrets.FileKeyring;
import com.benchcrm.tenancy.TenantId;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Which {@link DataKeys} a function seals secrets with, read from its environment (ADR 0057).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SECRET_KEYS</td><td>{@code kms} (AWS) or {@code file}; default {@code kms} in rdsdata mode,
 *       {@code file} otherwise</td></tr>
 *   <tr><td>BENCHCRM_TENANT_KEY_ALIAS_PREFIX</td><td>kms: a tenant's key is this plus its slug
 *       ({@code alias/<deployment>/tenant/}); BENCHCRM_KMS_ENDPOINT overrides the endpoint (tests)</td></tr>
 *   <tr><td>BENCHCRM_SECRET_KEYRING</td><td>file: the keyring file (the embedded stack: {@code <home>/keys/secrets.keyring});
 *       default {@code benchcrm-secrets.keyring} in {@code java.io.tmpdir}, for tests</td></tr>
 * </table>
 *
 * <pre>{@code
 * List<String> problems = new ArrayList<>();
 * SecretKeys.Settings s = SecretKeys.Settings.from(System::getenv, "rdsdata", problems);
 * DataKeys keys = SecretKeys.create(s, region, tenant -> policies.find(tenant).orElseThrow().slug());
 * }</pre>
 */
public final class SecretKeys {

    private SecretKeys() {
    }

    public enum Mode { KMS, FILE }

    public record Settings(Mode mode, String aliasPrefix, Optional<URI> kmsEndpoint, Path keyring) {

        /** @param sqlMode {@code rdsdata} (AWS) or {@code jdbc}: the default mode follows it */
        public static Settings from(Function<String, String> env, String sqlMode, List<String> problems) {
            String text = Optional.ofNullable(env.apply("BENCHCRM_SECRET_KEYS")).filter(v -> !v.isBlank())
                    .orElse("rdsdata".equalsIgnoreCase(sqlMode) ? "kms" : "file").trim().toUpperCase(Locale.ROOT);
            Mode mode = Mode.FILE;
            try {
                mode = Mode.valueOf(text);
            } catch (IllegalArgumentException e) {
                problems.add("BENCHCRM_SECRET_KEYS must be kms or file, not " + text.toLowerCase(Locale.ROOT));
            }
            String prefix = Optional.ofNullable(env.apply("BENCHCRM_TENANT_KEY_ALIAS_PREFIX")).filter(v -> !v.isBlank()).orElse(null);
            if (mode == Mode.KMS && prefix == null) {
                problems.add("BENCHCRM_SECRET_KEYS=kms needs BENCHCRM_TENANT_KEY_ALIAS_PREFIX");
            }
            Optional<URI> endpoint = Optional.empty();
            String e = env.apply("BENCHCRM_KMS_ENDPOINT");
            if (e != null && !e.isBlank()) {
                try {
                    endpoint = Optional.of(URI.create(e.trim()));
                } catch (IllegalArgumentException bad) {
                    problems.add("BENCHCRM_KMS_ENDPOINT is not a URI");
                }
            }
            Path keyring = Optional.ofNullable(env.apply("BENCHCRM_SECRET_KEYRING")).filter(v -> !v.isBlank()).map(Path::of)
                    .orElse(Path.of(System.getProperty("java.io.tmpdir"), "benchcrm-secrets.keyring"));
            return new Settings(mode, prefix, endpoint, keyring);
        }
    }

    /**
     * @param slugOf a tenant's slug (kms: its key's alias ends with it)
     */
    public static DataKeys create(Settings settings, String region, Function<TenantId, String> slugOf) {
        if (settings.mode() == Mode.FILE) {
            return FileKeyring.open(settings.keyring());
        }
        var builder = KmsClient.builder().region(Region.of(region)).httpClient(UrlConnectionHttpClient.create());
        settings.kmsEndpoint().ifPresent(builder::endpointOverride);
        KmsClient kms = builder.build();
        return new KmsDataKeys(kms, tenant -> settings.aliasPrefix() + slugOf.apply(tenant));
    }
}
