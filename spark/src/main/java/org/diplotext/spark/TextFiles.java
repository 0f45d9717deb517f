package org.diplotext.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Text-file input: the driver lists the files, the executors read them. Spark's own file sources
 * drop empty files without a trace, and {@code SparkContext.binaryFiles} serialises the Hadoop
 * configuration once per file; listing here keeps every file (an empty one becomes an error
 * row) and reading costs one open per file.
 */
final class TextFiles {
    private TextFiles() {
    }

    /** One file to read: its id and its full path. */
    record Listed(String id, String path) {
    }

    /**
     * The files under {@code input} (a file, a folder read recursively, or a glob), skipping
     * names that start with {@code _} or {@code .} as Hadoop does.
     *
     * @throws IllegalArgumentException if nothing matches {@code input}
     */
    static List<Listed> list(Configuration conf, String input) {
        try {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("--input matches no file: " + input);
            }
            List<Listed> out = new ArrayList<>();
            boolean glob = matches.length > 1 || !fs.makeQualified(pattern).equals(matches[0].getPath());
            for (FileStatus match : matches) {
                if (glob && hidden(match.getPath().getName())) {
                    continue;
                }
                if (match.isFile()) {
                    String path = match.getPath().toString();
                    out.add(new Listed(glob ? path : match.getPath().getName(), path));
                    continue;
                }
                // listStatus, not listFiles: the LocatedFileStatus of listFiles asks the local
                // file system for permissions, which without Hadoop's native library runs one
                // `ls` process per file.
                String root = match.getPath().toString() + "/";
                Deque<Path> folders = new ArrayDeque<>(List.of(match.getPath()));
                while (!folders.isEmpty()) {
                    FileStatus[] entries = fs.listStatus(folders.pop());
                    Arrays.sort(entries, Comparator.comparing(FileStatus::getPath));
                    for (FileStatus entry : entries) {
                        if (hidden(entry.getPath().getName())) {
                            continue;
                        }
                        if (entry.isDirectory()) {
                            folders.push(entry.getPath());
                            continue;
                        }
                        String path = entry.getPath().toString();
                        String below = path.startsWith(root) ? path.substring(root.length()) : path;
                        out.add(new Listed(glob ? path : below, path));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
        }
    }

    private static boolean hidden(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /** Reads each listed file ({@code id}, {@code path}) into an {@link Tables#INPUT} row. */
    static final class Reading implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<SerializableConfiguration> conf;

        Reading(Broadcast<SerializableConfiguration> conf) {
            this.conf = conf;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> files) {
            Configuration hadoop = conf.value().value();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return files.hasNext();
                }

                @Override
                public Row next() {
                    Row file = files.next();
                    return read(hadoop, file.getString(0), file.getString(1));
                }
            };
        }

        static Row read(Configuration hadoop, String id, String location) {
            Path path = new Path(location);
            try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                return RowFactory.create(id, location, in.readAllBytes(), null, null);
            } catch (IOException | RuntimeException e) {
                return RowFactory.create(id, location, null, null, String.format(Locale.ROOT,
                        "%s: cannot read: %s: %s", location, e.getClass().getSimpleName(), e.getMessage()));
            }
        }
    }
}
