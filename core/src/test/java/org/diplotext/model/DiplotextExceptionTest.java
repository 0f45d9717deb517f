package org.diplotext.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DiplotextExceptionTest {

    @Test
    void isUncheckedAndKeepsMessageAndCause() {
        IOException cause = new IOException("disk gone");
        DiplotextException e = new DiplotextException("a.txt: cannot read", cause);
        assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("a.txt: cannot read").hasCause(cause);
        assertThat(new DiplotextException("b.txt: not UTF-8")).hasMessage("b.txt: not UTF-8").hasNoCause();
    }
}
