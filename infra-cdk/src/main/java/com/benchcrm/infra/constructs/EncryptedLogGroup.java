package com.benchcrm.infra.constructs;

import java.util.Objects;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * A CloudWatch log group encrypted with a customer-managed key, with a retention, kept when its
 * stack is deleted (logs are evidence). The key's policy must let CloudWatch Logs use it
 * ({@code platform.PlatformKeys} does).
 *
 * <pre>{@code
 * ILogGroup logs = new EncryptedLogGroup(this, "AccessLogs", EncryptedLogGroup.Props.builder()
 *         .encryptionKey(keys.logsKey()).retention(RetentionDays.THREE_MONTHS).build()).logGroup();
 * }</pre>
 */
public final class EncryptedLogGroup extends Construct {

    /** What the log group is. */
    public record Props(IKey encryptionKey, RetentionDays retention, String logGroupName) {

        public Props {
            Objects.requireNonNull(encryptionKey, "EncryptedLogGroup needs an encryptionKey");
            Objects.requireNonNull(retention, "EncryptedLogGroup needs a retention");
            if (retention == RetentionDays.INFINITE) {
                throw new IllegalArgumentException("EncryptedLogGroup needs a finite retention");
            }
            if (logGroupName != null && !logGroupName.matches("[\\w\\-_/.#]{1,512}")) {
                throw new IllegalArgumentException("not a log group name: " + logGroupName);
            }
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link Props}; the retention defaults to three months, the name to a generated one. */
        public static final class Builder {
            private IKey encryptionKey;
            private RetentionDays retention = RetentionDays.THREE_MONTHS;
            private String logGroupName;

            public Builder encryptionKey(IKey key) {
                this.encryptionKey = key;
                return this;
            }

            public Builder retention(RetentionDays days) {
                this.retention = days;
                return this;
            }

            /** Only for log groups whose name a service fixes (RDS log exports). */
            public Builder logGroupName(String name) {
                this.logGroupName = name;
                return this;
            }

            public Props build() {
                return new Props(encryptionKey, retention, logGroupName);
            }
        }
    }

    private final LogGroup logGroup;

    public EncryptedLogGroup(Construct scope, String id, Props props) {
        super(scope, id);
        this.logGroup = LogGroup.Builder.create(this, "LogGroup")
                .encryptionKey(props.encryptionKey())
                .retention(props.retention())
                .logGroupName(props.logGroupName())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    public ILogGroup logGroup() {
        return logGroup;
    }
}
