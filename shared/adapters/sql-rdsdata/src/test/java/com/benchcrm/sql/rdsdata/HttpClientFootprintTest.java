package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The module's dependencies bring one HTTP client: the Lambda jar carries neither Netty nor Apache. */
class HttpClientFootprintTest {

    @Test
    void classpath_onlyTheUrlConnectionClient_isPresent() {
        assertThat(present("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient"))
                .isTrue();
        assertThat(present("software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient"))
                .isFalse();
        assertThat(present("software.amazon.awssdk.http.apache.ApacheHttpClient"))
                .isFalse();
        assertThat(present("io.netty.channel.Channel")).isFalse();
        assertThat(present("org.apache.http.client.HttpClient")).isFalse();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, HttpClientFootprintTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
