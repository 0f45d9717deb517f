package org.diplotext.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * An Apache Spark job that parses a corpus of dispatches with diplotext.
 *
 * <p>It reads a folder of UTF-8 text files (one dispatch each, decoded strictly) or JSON Lines
 * files (an id field and a text field per line), parses each document with the executor's shared
 * parser, and writes under {@code --output}:
 * <ul>
 *   <li>{@code dispatches/}: JSON Lines, one document of the diplotext contract per dispatch,
 *       with a {@code dispatch_id} field first;</li>
 *   <li>{@code communications/} and {@code demands/}: Parquet, one row per communication or
 *       demand, with actor ids and names, dates and evidence offsets;</li>
 *   <li>{@code errors/}: Parquet, one row (dispatch id, source, message) per document that could
 *       not be read or parsed.</li>
 * </ul>
 * A bad document never stops the job. At the end the job reads its outputs back and checks that
 * documents in = parsed + errors and that every table holds the rows the parse produced; it
 * prints the counts and exits with status 1 when they do not add up (2 for a bad command line).
 */
public final class DispatchJob {
    static final String DISPATCHES = "dispatches";
    static final String COMMUNICATIONS = "communications";
    static final String DEMANDS = "demands";
    static final String ERRORS = "errors";

    private DispatchJob() {
    }

    /** Runs the job with the options of {@link JobOptions#USAGE} and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("diplotext-spark: " + e.getMessage());
            System.err.print(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("diplotext");
        boolean standalone = System.getProperty("spark.master") == null; // not under spark-submit
        String master = options.master().orElse(standalone ? "local[*]" : null);
        if (master != null) {
            builder.master(master);
        }
        if (standalone && master.startsWith("local") && System.getProperty("spark.driver.host") == null) {
            // A local run needs no network: keep the driver on the loopback interface.
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = builder.getOrCreate();
        if (standalone) {
            // A plain `java` run has no log4j2 configuration of its own: keep the console readable.
            spark.sparkContext().setLogLevel("WARN");
        }
        JobReport report;
        try {
            report = run(spark, options);
        } catch (IllegalArgumentException e) {
            System.err.println("diplotext-spark: " + e.getMessage());
            System.exit(2);
            return;
        } finally {
            spark.stop();
        }
        out.print(report.describe());
        System.exit(report.consistent() ? 0 : 1);
    }

    /**
     * Runs the job in an existing session and returns its counts; the caller decides what a
     * mismatch means.
     *
     * @throws IllegalArgumentException if an output folder exists and {@code --overwrite} was
     *                                  not given (checked before any work is done)
     */
    public static JobReport run(SparkSession spark, JobOptions options) {
        Objects.requireNonNull(spark, "spark must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (!options.overwrite()) {
            requireAbsent(spark, options);
        }
        Input read = read(spark, options);
        Dataset<Row> input = read.rows();
        long inputs = read.count();
        int wanted = options.partitions()
                .orElse(Math.max(input.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism()));
        if (wanted != input.rdd().getNumPartitions()) {
            input = input.repartition(wanted);
        }

        Dataset<Row> parsed = input
                .mapPartitions(new DispatchParsing(options.zone()), Encoders.row(Tables.PARSED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Row totals = parsed.agg(
                    count(lit(1)),
                    count(col("error")),
                    sum(size(col("documents"))),
                    sum(size(col("communications"))),
                    sum(size(col("demands")))).first();
            long all = totals.getLong(0);
            long errors = totals.getLong(1);
            long dispatches = totals.isNullAt(2) ? 0 : totals.getLong(2);
            long communications = totals.isNullAt(3) ? 0 : totals.getLong(3);
            long demands = totals.isNullAt(4) ? 0 : totals.getLong(4);

            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            parsed.select(explode(col("documents"))).write().mode(mode).text(path(options, DISPATCHES));
            communications(parsed).write().mode(mode).parquet(path(options, COMMUNICATIONS));
            demands(parsed).write().mode(mode).parquet(path(options, DEMANDS));
            errors(parsed).write().mode(mode).parquet(path(options, ERRORS));

            return new JobReport(inputs, all - errors, errors, dispatches,
                    spark.read().text(path(options, DISPATCHES)).count(),
                    spark.read().parquet(path(options, COMMUNICATIONS)).count(),
                    spark.read().parquet(path(options, DEMANDS)).count(),
                    spark.read().parquet(path(options, ERRORS)).count(),
                    communications, demands);
        } finally {
            parsed.unpersist();
        }
    }

    private static void requireAbsent(SparkSession spark, JobOptions options) {
        for (String table : List.of(DISPATCHES, COMMUNICATIONS, DEMANDS, ERRORS)) {
            Path path = new Path(path(options, table));
            try {
                if (path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
                    throw new IllegalArgumentException(path + " exists; pass --overwrite to replace it");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot check the output " + path, e);
            }
        }
    }

    static String path(JobOptions options, String table) {
        return new Path(options.output(), table).toString();
    }

    /** The input documents and how many there are, counted without reading their contents. */
    private record Input(Dataset<Row> rows, long count) {
    }

    private static Input read(SparkSession spark, JobOptions options) {
        return switch (options.inputFormat()) {
            case TEXT -> readTextFiles(spark, options);
            case JSONL -> readJsonLines(spark, options);
        };
    }

    /** One row per file, its bytes undecoded so that decoding errors become error rows. */
    private static Input readTextFiles(SparkSession spark, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Row> files = TextFiles.list(jsc.hadoopConfiguration(), options.input()).stream()
                .map(f -> RowFactory.create(f.id(), f.path()))
                .toList();
        // About a thousand files per partition, and at least one partition per core.
        int slices = options.partitions().orElse(Math.max(jsc.defaultParallelism(), files.size() / 1000 + 1));
        Dataset<Row> listed = spark.createDataFrame(jsc.parallelize(files, slices), Tables.LISTED);
        Broadcast<SerializableConfiguration> conf =
                jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        Dataset<Row> rows = listed.mapPartitions(new TextFiles.Reading(conf), Encoders.row(Tables.INPUT));
        return new Input(rows, files.size());
    }

    /** One row per JSON line; a line that is not JSON or lacks its fields carries a problem. */
    private static Input readJsonLines(SparkSession spark, JobOptions options) {
        String corrupt = "_corrupt_record";
        StructType schema = new StructType()
                .add(options.idField(), DataTypes.StringType)
                .add(options.textField(), DataTypes.StringType)
                .add(corrupt, DataTypes.StringType);
        Dataset<Row> lines = spark.read()
                .schema(schema)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", corrupt)
                .option("encoding", "UTF-8")
                .json(options.input());
        Column id = col(quoted(options.idField()));
        Column text = col(quoted(options.textField()));
        Column problem = when(col(corrupt).isNotNull(),
                functionsConcat("not a JSON object: ", col(corrupt)))
                .when(id.isNull(), lit("no string field '" + options.idField() + "'"))
                .when(text.isNull(), lit("no string field '" + options.textField() + "'"));
        Dataset<Row> rows = lines.select(
                id.as("id"),
                input_file_name().as("source"),
                lit(null).cast(DataTypes.BinaryType).as("bytes"),
                text.as("text"),
                problem.as("problem"));
        return new Input(rows, rows.count());
    }

    private static Column functionsConcat(String prefix, Column value) {
        return org.apache.spark.sql.functions.concat(lit(prefix),
                org.apache.spark.sql.functions.substring(value, 1, 200));
    }

    private static String quoted(String field) {
        return "`" + field.replace("`", "``") + "`";
    }

    static Dataset<Row> communications(Dataset<Row> parsed) {
        return parsed.select(explode(col("communications")).as("c"))
                .select(
                        col("c.dispatch_id"),
                        col("c.communication_id"),
                        col("c.type"),
                        col("c.date").cast(DataTypes.DateType).as("date"),
                        col("c.published"),
                        col("c.sender_id"),
                        col("c.sender_name"),
                        col("c.recipient_ids"),
                        col("c.recipient_names"),
                        col("c.quote"),
                        col("c.evidence_start"),
                        col("c.evidence_end"),
                        col("c.evidence"));
    }

    static Dataset<Row> demands(Dataset<Row> parsed) {
        return parsed.select(explode(col("demands")).as("d"))
                .select(
                        col("d.dispatch_id"),
                        col("d.demand_id"),
                        col("d.date").cast(DataTypes.DateType).as("date"),
                        col("d.published"),
                        col("d.source_id"),
                        col("d.source_name"),
                        col("d.target_id"),
                        col("d.target_name"),
                        col("d.content"),
                        col("d.direct"),
                        col("d.evidence_start"),
                        col("d.evidence_end"),
                        col("d.evidence"));
    }

    static Dataset<Row> errors(Dataset<Row> parsed) {
        return parsed.where(col("error").isNotNull())
                .select(col("input_id").as("dispatch_id"), col("source"), col("error").as("message"));
    }
}
