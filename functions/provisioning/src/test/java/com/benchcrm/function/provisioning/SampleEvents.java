package com.benchcrm.function.provisioning;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A sample event from {@code events/provisioning/} (the files {@code sam local invoke -e} uses),
 * deserialized the way the Lambda Java runtime does, pointed at a local response stub.
 */
final class SampleEvents {

    private static final PojoSerializer<CloudFormationCustomResourceEvent> SERIALIZER =
            LambdaEventSerializers.serializerFor(
                    CloudFormationCustomResourceEvent.class, SampleEvents.class.getClassLoader());

    private SampleEvents() {}

    static CloudFormationCustomResourceEvent load(String name, URI responseUrl) {
        try (InputStream in =
                SampleEvents.class.getClassLoader().getResourceAsStream("events/provisioning/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            CloudFormationCustomResourceEvent event = SERIALIZER.fromJson(in);
            event.setResponseUrl(responseUrl.toString());
            event.setResourceProperties(new HashMap<>(event.getResourceProperties()));
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenant event for another slug (and its physical id, when the event has one). */
    static CloudFormationCustomResourceEvent tenant(String name, URI responseUrl, String slug) {
        CloudFormationCustomResourceEvent event = load(name, responseUrl);
        Map<String, Object> props = event.getResourceProperties();
        props.put("Slug", slug);
        if (event.getPhysicalResourceId() != null) {
            event.setPhysicalResourceId("tenant:" + slug);
        }
        return event;
    }
}
