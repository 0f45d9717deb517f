package org.diplotext.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A JSON resource of the library read, when it can be, from its compiled tree: the same values as
 * {@link JsonTree} gives, written when the library is built to a file beside the JSON (its name
 * plus {@code .tree}). Reading the tree needs no JSON parser: starting Jackson in a fresh JVM costs
 * more than all the rest of the formats' set-up. A tree made from other text than the JSON beside
 * it is not used, so an out-of-date tree can only cost time.
 */
public final class CompiledJson {
    /** What a compiled tree's name adds to its JSON's. */
    static final String SUFFIX = ".tree";
    private static final int MAGIC = 0x44545431; // "DTT1"

    private static final int NULL = 0;
    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int STRING = 5;
    private static final int ARRAY = 6;
    private static final int OBJECT = 7;

    private CompiledJson() {
    }

    /**
     * The values of the JSON resource {@code name} of {@code anchor}'s package, as
     * {@link JsonTree#read(String)} gives them; null when there is no such resource.
     *
     * @throws IOException when it cannot be read or is not valid JSON
     */
    public static Object read(Class<?> anchor, String name) throws IOException {
        URL url = anchor.getResource(name);
        byte[] json = url == null ? null : ResourceFiles.bytes(url);
        if (json == null) {
            return null;
        }
        byte[] tree = ResourceFiles.bytes(ResourceFiles.sibling(url, name.substring(name.lastIndexOf('/') + 1) + SUFFIX));
        if (tree != null) {
            Optional<Object> compiled = decode(tree, checksum(json));
            if (compiled.isPresent()) {
                return compiled.get();
            }
        }
        return JsonTree.read(new String(json, StandardCharsets.UTF_8));
    }

    /** The compiled tree of a JSON text. */
    static byte[] compile(byte[] json) throws IOException {
        Object root = JsonTree.read(new String(json, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeLong(out, MAGIC);
        writeLong(out, checksum(json));
        write(out, root);
        return out.toByteArray();
    }

    /** The values of a compiled tree made from JSON of this checksum; empty if it is another's or damaged. */
    static Optional<Object> decode(byte[] tree, long checksum) {
        Decoder in = new Decoder(tree);
        try {
            if (in.fixedLong() != MAGIC || in.fixedLong() != checksum) {
                return Optional.empty();
            }
            Object value = in.value();
            return in.at == tree.length ? Optional.ofNullable(value) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static long checksum(byte[] json) {
        CRC32 crc = new CRC32();
        crc.update(json);
        return crc.getValue();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(NULL);
        } else if (value instanceof Boolean b) {
            out.write(b ? TRUE : FALSE);
        } else if (value instanceof Long n) {
            out.write(LONG);
            writeLong(out, n);
        } else if (value instanceof Double d) {
            out.write(DOUBLE);
            writeLong(out, Double.doubleToRawLongBits(d));
        } else if (value instanceof String s) {
            out.write(STRING);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeLong(out, utf8.length);
            out.writeBytes(utf8);
        } else if (value instanceof List<?> list) {
            out.write(ARRAY);
            writeLong(out, list.size());
            for (Object element : list) {
                write(out, element);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.write(OBJECT);
            writeLong(out, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void writeLong(ByteArrayOutputStream out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }

    /** Reads what {@link #write} wrote. */
    private static final class Decoder {
        private final byte[] bytes;
        private int at;

        Decoder(byte[] bytes) {
            this.bytes = bytes;
        }

        long fixedLong() {
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | bytes[at++] & 0xff;
            }
            return value;
        }

        private int size() {
            long size = fixedLong();
            if (size < 0 || size > bytes.length - at) {
                throw new IllegalStateException("size beyond the end of the tree");
            }
            return (int) size;
        }

        Object value() {
            switch (bytes[at++]) {
                case NULL -> {
                    return null;
                }
                case TRUE -> {
                    return Boolean.TRUE;
                }
                case FALSE -> {
                    return Boolean.FALSE;
                }
                case LONG -> {
                    return fixedLong();
                }
                case DOUBLE -> {
                    return Double.longBitsToDouble(fixedLong());
                }
                case STRING -> {
                    int length = size();
                    String s = new String(bytes, at, length, StandardCharsets.UTF_8);
                    at += length;
                    return s;
                }
                case ARRAY -> {
                    int size = size();
                    List<Object> list = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case OBJECT -> {
                    int size = size();
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < size; i++) {
                        map.put((String) value(), value());
                    }
                    return map;
                }
                default -> throw new IllegalStateException("unknown value in a compiled tree");
            }
        }
    }
}
