package org.diplotext.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Argument checks shared by the records of this package; messages name the bad value. */
final class Checks {
    private Checks() {
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> copy(List<T> values, String name) {
        Objects.requireNonNull(values, () -> name + " must not be null");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(name + " must not contain null (index " + i + ")");
            }
        }
        return List.copyOf(values);
    }

    static List<String> copyTexts(List<String> values, String name) {
        List<String> copy = copy(values, name);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isBlank()) {
                throw new IllegalArgumentException(name + " must not contain a blank string (index " + i + ")");
            }
        }
        return copy;
    }

    static List<String> requireDistinct(List<String> values, String name) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new IllegalArgumentException(name + " must not repeat '" + values.get(i) + "' (index " + i + ")");
            }
        }
        return values;
    }

    static <T> Optional<T> present(Optional<T> value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null; use Optional.empty()");
    }

    static Optional<String> presentText(Optional<String> value, String name) {
        present(value, name);
        value.ifPresent(v -> requireText(v, name));
        return value;
    }

    /** The ids, failing on the first one given twice. */
    static Set<String> requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + id + "'");
            }
        }
        return seen;
    }
}
