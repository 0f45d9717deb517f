package org.diplotext.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplotext.DiplotextParser;
import org.junit.jupiter.api.Test;

/**
 * No method of the parsers grows near HotSpot's limit for compiling a method (8 000 bytes of
 * bytecode, {@code -XX:+DontCompileHugeMethods} by default): past it a method runs interpreted
 * for ever, and the rule methods that hold many small tests (the mention finder, the event rules)
 * are the hottest code of a parse. A rule added to one of them past {@link #LIMIT} belongs in a
 * method of its own.
 */
class MethodSizeTest {
    /** Below the JIT's 8 000 bytes with room for a few rules more before anything slows. */
    private static final int LIMIT = 7_000;

    @Test
    void noMethodComesNearTheCompilerLimit() throws IOException {
        List<String> tooLarge = new ArrayList<>();
        int largest = 0;
        for (byte[] classFile : parserClassFiles()) {
            for (MethodSize m : methodSizes(classFile)) {
                largest = Math.max(largest, m.bytes());
                if (m.bytes() > LIMIT) {
                    tooLarge.add(m.toString());
                }
            }
        }
        assertThat(largest).as("largest method seen (is the class reader reading?)").isPositive();
        assertThat(tooLarge).as("methods over %d bytes of bytecode", LIMIT).isEmpty();
    }

    private record MethodSize(String owner, String name, int bytes) {
        @Override
        public String toString() {
            return owner + "." + name + " (" + bytes + " bytes)";
        }
    }

    /** The code length of each method of a class file (JVM specification, chapter 4). */
    private static List<MethodSize> methodSizes(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();
        String owner = utf8[classNames[in.readUnsignedShort()]];
        in.readUnsignedShort();
        in.skipBytes(2 * in.readUnsignedShort());
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<MethodSize> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            in.readUnsignedShort();
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4); // max_stack, max_locals
                    out.add(new MethodSize(owner, name, in.readInt()));
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }

    /** The class files compiled from parsers/src/main, from the directory or jar they were loaded from. */
    private static List<byte[]> parserClassFiles() {
        Path location;
        try {
            location = Path.of(DiplotextParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<byte[]> out = new ArrayList<>();
        try (FileSystem jar = Files.isRegularFile(location) ? FileSystems.newFileSystem(location) : null;
                Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                out.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out).as("class files found at %s", location).isNotEmpty();
        return out;
    }
}
