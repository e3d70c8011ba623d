package io.interview4j.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.storage.jdbc.JdbcSessionStore;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reads the compiled module-info: the file and JDBC packages are the whole public surface. */
class ModuleDescriptorTest {

    @Test
    void exportsTheAdapterPackagesOnly() throws Exception {
        Path classes = Path.of(JdbcSessionStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertThat(module.name()).isEqualTo("io.interview4j.storage");
        assertThat(module.isOpen()).isFalse();
        assertThat(module.opens()).isEmpty();
        assertThat(module.exports()).extracting(Exports::source)
                .containsExactlyInAnyOrder("io.interview4j.storage.file", "io.interview4j.storage.jdbc");
        assertThat(module.exports()).allSatisfy(e -> {
            assertThat(e.source()).doesNotContain(".internal");
            assertThat(e.isQualified()).isFalse();
        });
        assertThat(module.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("io.interview4j.core");
            assertThat(r.modifiers()).contains(Requires.Modifier.TRANSITIVE);
        });
    }
}
