package com.benchcrm.ratelimit.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * DynamoDB Local (AWS's own emulator) in this JVM on a free loopback port, in memory, with the rate
 * limit table created, and a real SDK client for it. Shared by this module's tests and, through the
 * test-jar, the custom-resource handler's.
 *
 * <pre>{@code
 * LocalDynamoDb local = LocalDynamoDb.start("rate-limits");
 * new DynamoDbRateLimiter(local.client(), local.table(), ...);
 * local.close();
 * }</pre>
 */
public final class LocalDynamoDb implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final DynamoDbClient client;
    private final String table;

    private LocalDynamoDb(DynamoDBProxyServer server, DynamoDbClient client, String table) {
        this.server = server;
        this.client = client;
        this.table = table;
    }

    public static LocalDynamoDb start(String table) throws Exception {
        // DynamoDB Local unpacks its sqlite4java native library into java.io.tmpdir
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        DynamoDbClient client = DynamoDbClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        client.createTable(c -> c.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName(DynamoDbRateLimiter.KEY).keyType(KeyType.HASH))
                .attributeDefinitions(
                        a -> a.attributeName(DynamoDbRateLimiter.KEY).attributeType(ScalarAttributeType.S)));
        return new LocalDynamoDb(server, client, table);
    }

    public DynamoDbClient client() {
        return client;
    }

    public String table() {
        return table;
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.stop();
    }
}
