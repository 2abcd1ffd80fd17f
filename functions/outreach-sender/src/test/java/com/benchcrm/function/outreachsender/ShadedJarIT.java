package com.benchcrm.function.outreachsender;

import com.benchcrm.function.runtime.testing.ShadedJars;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries the sender, the SES v2 adapter, the SQS adapter (the DLQ) and
 * the RDS Data API adapter, and nothing embedded-only (no ElasticMQ, no JDBC pool, no SMTP listener) nor another
 * function's adapters (webhook HTTP, EventBridge).
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-outreach-sender");

    @Test
    void shadedJar_carriesTheSenderAndItsAdapters_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/outreachsender/OutreachSenderApplication.class",
                        "com/benchcrm/marketing/OutreachSender.class",
                        "com/benchcrm/queue/sqs/MessageDeadLetters.class",
                        "com/benchcrm/mail/ses/SesMailSender.class",
                        "software/amazon/awssdk/services/sesv2/SesV2Client.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "META-INF/services/com.benchcrm.sql.SqlPortProvider")
                .nothingUnder("software/amazon/awssdk/services/eventbridge/", "com/benchcrm/webhook/http/")
                .nothingEmbeddedOnly();
    }
}
