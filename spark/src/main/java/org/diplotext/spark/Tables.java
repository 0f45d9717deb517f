package org.diplotext.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row types the job passes between its stages. Dates travel as ISO strings and become
 * {@code DATE} columns only when the tables are written, so rows do not depend on
 * {@code spark.sql.datetime.java8API.enabled}.
 */
final class Tables {
    /** One file to read: its id and its full path. */
    static final StructType LISTED = createStructType(List.of(
            field("id", StringType),
            field("path", StringType)));

    /** One input document: its bytes (text files) or text (JSON Lines), or why it has neither. */
    static final StructType INPUT = createStructType(List.of(
            field("id", StringType),
            field("source", StringType),
            field("bytes", BinaryType),
            field("text", StringType),
            field("problem", StringType)));

    static final StructType SPAN = createStructType(List.of(
            field("start", IntegerType),
            field("end", IntegerType),
            field("text", StringType)));

    static final StructType COMMUNICATION = createStructType(List.of(
            field("dispatch_id", StringType),
            field("communication_id", StringType),
            field("type", StringType),
            field("date", StringType),
            field("published", StringType),
            field("sender_id", StringType),
            field("sender_name", StringType),
            field("recipient_ids", createArrayType(StringType, false)),
            field("recipient_names", createArrayType(StringType, false)),
            field("quote", StringType),
            field("evidence_start", IntegerType),
            field("evidence_end", IntegerType),
            field("evidence", createArrayType(SPAN, false))));

    static final StructType DEMAND = createStructType(List.of(
            field("dispatch_id", StringType),
            field("demand_id", StringType),
            field("date", StringType),
            field("published", StringType),
            field("source_id", StringType),
            field("source_name", StringType),
            field("target_id", StringType),
            field("target_name", StringType),
            field("content", StringType),
            field("direct", BooleanType),
            field("evidence_start", IntegerType),
            field("evidence_end", IntegerType),
            field("evidence", createArrayType(SPAN, false))));

    /**
     * What parsing one input document gave: an error, or its JSON lines (one per dispatch the
     * text holds) and its flattened communications and demands.
     */
    static final StructType PARSED = createStructType(List.of(
            field("input_id", StringType),
            field("source", StringType),
            field("error", StringType),
            field("documents", createArrayType(StringType, false)),
            field("communications", createArrayType(COMMUNICATION, false)),
            field("demands", createArrayType(DEMAND, false))));

    private Tables() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return createStructField(name, type, true);
    }
}
