package org.mail2blog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void putsEveryTableAfterTheTablesItReferences() throws CopyRefused {
        TreeMap<String, Set<String>> references = new TreeMap<>();
        references.put("letter", Set.of("message", "conversation"));
        references.put("follower", Set.of("conversation"));
        references.put("message", Set.of());
        references.put("conversation", Set.of());
        references.put("audit_entry", Set.of());
        assertThat(TableOrder.of(references))
                .containsExactly("audit_entry", "conversation", "follower", "message", "letter");
    }

    @Test
    void leavesAReferenceToItselfToTheRowOrder() throws CopyRefused {
        TreeMap<String, Set<String>> references = new TreeMap<>();
        references.put("comment", Set.of("comment", "post"));
        references.put("post", Set.of());
        assertThat(TableOrder.of(references)).containsExactly("post", "comment");
    }

    @Test
    void refusesACycleNamingItsTables() {
        TreeMap<String, Set<String>> references = new TreeMap<>();
        references.put("a", Set.of("b"));
        references.put("b", Set.of("a"));
        references.put("c", Set.of());
        assertThatThrownBy(() -> TableOrder.of(references)).isInstanceOf(CopyRefused.class)
                .hasMessageContaining("[a, b] form a cycle");
    }
}
