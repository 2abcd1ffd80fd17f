package com.benchcrm.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The real CSV data sets (RFC 4180: quoted fields with commas, doubled quotes and line breaks), read with Commons CSV. */
public final class Csv {

    private Csv() {}

    /** Every record, the header row first. */
    public static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** The records after the header row, keyed by column name (the first of duplicate names wins). */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = rows(file);
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < rec.size(); c++) {
                row.putIfAbsent(header.get(c), rec.get(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
