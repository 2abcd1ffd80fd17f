package com.benchcrm.function.runtime.customresource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * PUTs a {@link CustomResourceResponse} to the pre-signed S3 URL CloudFormation sent. No
 * Content-Type header: the URL is signed without one (as in AWS's own cfn-response helpers). Inside
 * the VPC the request goes through the S3 gateway endpoint.
 */
public final class ResponseUploader {

    private final HttpClient http;

    public ResponseUploader(HttpClient http) {
        this.http = http;
    }

    public static ResponseUploader create() {
        return new ResponseUploader(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1)
                .build());
    }

    /**
     * @throws IllegalStateException when S3 does not accept the response; the invocation then fails
     *                               and Lambda retries it (asynchronous invocation)
     */
    public void put(URI responseUrl, CustomResourceResponse response) {
        HttpRequest request = HttpRequest.newBuilder(responseUrl)
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(response.toJson()))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "the response URL answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the custom-resource response", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the custom-resource response", e);
        }
    }
}
