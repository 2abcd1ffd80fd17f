package com.benchcrm.vector.opensearch;

import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds the OpenSearch client once per process (before a SnapStart snapshot).
 *
 * <pre>{@code
 * OpenSearchClient aws = OpenSearchClients.aws("abc123.us-east-1.aoss.amazonaws.com", Region.US_EAST_1, "aoss");
 * OpenSearchClient local = OpenSearchClients.http(URI.create("http://127.0.0.1:9200"));
 * }</pre>
 */
public final class OpenSearchClients {

    private OpenSearchClients() {}

    /**
     * SigV4-signed HTTPS to Amazon OpenSearch Service or Serverless, credentials from the default chain.
     *
     * @param host    the endpoint host name, without scheme
     * @param service {@code es} for a domain, {@code aoss} for a Serverless collection
     */
    public static OpenSearchClient aws(String host, Region region, String service) {
        return aws(
                UrlConnectionHttpClient.create(),
                host,
                region,
                service,
                AwsSdk2TransportOptions.builder().build());
    }

    /** As {@link #aws(String, Region, String)} with an HTTP client and options of the caller's choice. */
    public static OpenSearchClient aws(
            SdkHttpClient http, String host, Region region, String service, AwsSdk2TransportOptions options) {
        if (!service.equals("es") && !service.equals("aoss")) {
            throw new IllegalArgumentException("service must be es or aoss: " + service);
        }
        return new OpenSearchClient(new AwsSdk2Transport(http, host, service, region, options));
    }

    /** Plain HTTP(S) without SigV4: a self-managed node, or the local one the integration test starts. */
    public static OpenSearchClient http(URI uri) {
        HttpHost host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
        return new OpenSearchClient(
                ApacheHttpClient5TransportBuilder.builder(host).build());
    }
}
