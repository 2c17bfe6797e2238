package io.camelai.simulator.cohere;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelai.simulator.SimJson;
import org.apache.avro.Schema;

/**
 * One dataset of the simulator: its rows (kept fields only), validation outcome and parts. Validation is asynchronous
 * in the real API; here a new upload reports {@code processing} on its first look and its outcome from the second on,
 * so a client's polling is exercised without timing.
 */
final class SimDataset {

    final String id;
    final String name;
    final String type;
    final Instant createdAt = Instant.now();
    final List<String> requiredFields;
    final List<String> fields;
    final List<String> embeddingTypes;
    final List<ObjectNode> rows;
    final List<ObjectNode> evalRows;
    final List<String> warnings;
    final byte[] original;
    /** Random per dataset: part URLs carry it, as pre-signed URLs carry a signature. */
    final String signature = UUID.randomUUID().toString().replace("-", "");
    private final String outcome;
    private final String error;
    private String status;
    private boolean seen;

    SimDataset(String id, String name, String type, List<String> requiredFields, List<String> fields,
            List<String> embeddingTypes, List<ObjectNode> rows, List<ObjectNode> evalRows, List<String> warnings,
            String error, byte[] original, boolean settled) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.requiredFields = requiredFields;
        this.fields = fields;
        this.embeddingTypes = embeddingTypes;
        this.rows = rows;
        this.evalRows = evalRows;
        this.warnings = warnings;
        this.error = error;
        this.original = original;
        this.outcome = error == null ? "validated" : "failed";
        this.status = settled ? outcome : "processing";
    }

    synchronized String status() {
        return status;
    }

    /** A GET of this dataset: the first one of an upload still sees it processing. */
    synchronized void look() {
        if (seen) {
            status = outcome;
        }
        seen = true;
    }

    Schema schema() {
        return AvroParts.schema(fields, embeddingTypes);
    }

    /** The rows of part {@code index} (0: the data, 1: the evaluation data), or null. */
    List<ObjectNode> part(int index) {
        return index == 0 ? rows : index == 1 && !evalRows.isEmpty() ? evalRows : null;
    }

    long size() {
        return original != null ? original.length : rows.size() * 64L;
    }

    /** The dataset object of the API; parts (with download URLs under {@code root}) once validated. */
    synchronized ObjectNode json(String root) {
        ObjectNode d = SimJson.object().put("id", id).put("name", name).put("created_at", createdAt.toString())
                .put("updated_at", createdAt.toString()).put("dataset_type", type).put("validation_status", status);
        if ("failed".equals(status)) {
            d.put("validation_error", error);
        }
        ArrayNode w = d.putArray("validation_warnings");
        warnings.forEach(w::add);
        d.put("schema", schema().toString());
        ArrayNode required = d.putArray("required_fields");
        requiredFields.forEach(required::add);
        ArrayNode preserved = d.putArray("preserve_fields");
        fields.stream().filter(f -> !requiredFields.contains(f)).forEach(preserved::add);
        if ("validated".equals(status)) {
            ArrayNode parts = d.putArray("dataset_parts");
            for (int i = 0; part(i) != null; i++) {
                List<ObjectNode> partRows = part(i);
                ObjectNode p = parts.addObject().put("id", id + "-part-" + i).put("name", i == 0 ? name : "evaluation")
                        .put("url", url(root, String.valueOf(i))).put("index", i).put("num_rows", partRows.size())
                        .put("size_bytes", AvroParts.write(schema(), partRows).length);
                if (original != null && i == 0) {
                    p.put("original_url", url(root, "original"));
                }
                ArrayNode samples = p.putArray("samples");
                partRows.stream().limit(3).forEach(r -> samples.add(SimJson.write(r)));
            }
        }
        return d;
    }

    private String url(String root, String file) {
        return root + CohereDatasets.STORAGE + id + "/" + file + "?signature=" + signature;
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
