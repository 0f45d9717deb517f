package org.diplotext.lexicon;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.NoSuchFileException;

/**
 * Resources found beside another one by its address: a precompiled resource and the files it was
 * made from sit in one folder, of a jar or of the class path, and asking the class loader for each
 * again would first search the platform's own modules for it.
 */
final class ResourceFiles {
    private ResourceFiles() {
    }

    /** The address of the file {@code name} (a bare file name) in the folder of {@code file}. */
    @SuppressWarnings("deprecation") // URL(URL, String) resolves inside a jar: too, which URI.resolve does not
    static URL sibling(URL file, String name) {
        try {
            return new URL(file, name);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("no address for " + name + " beside " + file, e);
        }
    }

    /** The bytes at an address, or null when nothing is there. */
    static byte[] bytes(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }
}
