package com.benchcrm.ai.bedrock;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** Jackson trees to the SDK's {@link Document} (tool input schemas) and back (tool use input). */
final class Documents {

    private Documents() {}

    static Document toDocument(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Document.fromNull();
        }
        if (node.isObject()) {
            Map<String, Document> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), toDocument(e.getValue())));
            return Document.fromMap(map);
        }
        if (node.isArray()) {
            List<Document> list = new ArrayList<>();
            node.forEach(n -> list.add(toDocument(n)));
            return Document.fromList(list);
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        if (node.isNumber()) {
            return Document.fromNumber(SdkNumber.fromBigDecimal(node.decimalValue()));
        }
        return Document.fromString(node.asText());
    }

    static JsonNode toJson(Document doc) {
        JsonNodeFactory f = Json.strict().getNodeFactory();
        if (doc == null || doc.isNull()) {
            return f.nullNode();
        }
        if (doc.isMap()) {
            ObjectNode o = f.objectNode();
            doc.asMap().forEach((k, v) -> o.set(k, toJson(v)));
            return o;
        }
        if (doc.isList()) {
            ArrayNode a = f.arrayNode();
            doc.asList().forEach(v -> a.add(toJson(v)));
            return a;
        }
        if (doc.isBoolean()) {
            return f.booleanNode(doc.asBoolean());
        }
        if (doc.isNumber()) {
            java.math.BigDecimal d = doc.asNumber().bigDecimalValue();
            // whole numbers as integers: the strict mapper reads 12 into an Integer, not 12.0
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return f.numberNode(d.longValueExact());
                } catch (ArithmeticException e) {
                    return f.numberNode(d);
                }
            }
            return f.numberNode(d);
        }
        return f.textNode(doc.asString());
    }
}
