package org.diplotext.spark;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of one run of {@link DispatchJob}, read from its command line.
 *
 * @param input       where the dispatches are: a folder (or Hadoop glob) of text files, or JSON Lines files
 * @param inputFormat how the input holds them
 * @param idField     for JSON Lines, the field holding a dispatch's id
 * @param textField   for JSON Lines, the field holding a dispatch's text
 * @param output      the folder that receives {@code dispatches/}, {@code communications/},
 *                    {@code demands/} and {@code errors/}
 * @param master      the Spark master URL, when given on the command line
 * @param zone        the time zone the parser assumes for stamps that give none
 * @param partitions  how many partitions to parse in, when given; otherwise at least Spark's
 *                    default parallelism
 * @param overwrite   whether to replace the output folders when they exist
 */
public record JobOptions(
        String input,
        InputFormat inputFormat,
        String idField,
        String textField,
        String output,
        Optional<String> master,
        ZoneId zone,
        Optional<Integer> partitions,
        boolean overwrite) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The command line's help text. */
    public static final String USAGE = """
            usage: DispatchJob --input PATH --output DIR [options]
              --input PATH          folder (or glob) of UTF-8 text files, one dispatch each,
                                    or JSON Lines files with --input-format jsonl
              --input-format F      text (default) or jsonl
              --id-field NAME       jsonl: field holding the dispatch id (default id)
              --text-field NAME     jsonl: field holding the dispatch text (default text)
              --output DIR          receives dispatches/ (JSON Lines), communications/, demands/
                                    and errors/ (Parquet)
              --master URL          Spark master, e.g. local[*]; default: what spark-submit
                                    sets, else local[*]
              --zone ZONE           time zone for stamps without one (default Europe/Zurich)
              --partitions N        parse in N partitions (default: at least the default
                                    parallelism)
              --overwrite           replace the output folders if they exist
            """;

    /** Checks every part. */
    public JobOptions {
        requireText(input, "--input");
        Objects.requireNonNull(inputFormat, "inputFormat must not be null");
        requireText(idField, "--id-field");
        requireText(textField, "--text-field");
        requireText(output, "--output");
        Objects.requireNonNull(master, "master must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(partitions, "partitions must not be null");
        partitions.ifPresent(n -> {
            if (n < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1, was " + n);
            }
        });
    }

    /** How the input holds the dispatches. */
    public enum InputFormat {
        /** One dispatch per file; the id is the file's path below the input folder. */
        TEXT,
        /** One JSON object per line, with an id field and a text field. */
        JSONL
    }

    /**
     * Reads a command line.
     *
     * @throws IllegalArgumentException naming the option at fault, when one is unknown, lacks
     *                                  its value or has a bad one, or when a required one is missing
     */
    public static JobOptions parse(String... args) {
        Objects.requireNonNull(args, "args must not be null");
        String input = null;
        InputFormat format = InputFormat.TEXT;
        String idField = "id";
        String textField = "text";
        String output = null;
        String master = null;
        ZoneId zone = ZoneId.of("Europe/Zurich");
        Integer partitions = null;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if ("--overwrite".equals(option)) {
                overwrite = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--")
                        ? option + " needs a value" : "unexpected argument '" + option + "'");
            }
            String value = args[++i];
            switch (option) {
                case "--input" -> input = value;
                case "--input-format" -> format = inputFormat(value);
                case "--id-field" -> idField = value;
                case "--text-field" -> textField = value;
                case "--output" -> output = value;
                case "--master" -> master = value;
                case "--zone" -> zone = zone(value);
                case "--partitions" -> partitions = count(value);
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        return new JobOptions(input, format, idField, textField, output, Optional.ofNullable(master), zone,
                Optional.ofNullable(partitions), overwrite);
    }

    private static InputFormat inputFormat(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> InputFormat.TEXT;
            case "jsonl" -> InputFormat.JSONL;
            default -> throw new IllegalArgumentException("--input-format must be text or jsonl, was '" + value + "'");
        };
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone is not a time zone: '" + value + "'", e);
        }
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a number, was '" + value + "'", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
