package io.interview4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.interview4j.llm.openai.OpenAiCompatibleLanguageModel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the compiled module-info: the public packages are exported, the internal ones reach Jackson only. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(OpenAiCompatibleLanguageModel.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exportsEveryPublicPackageAndNoInternalOne() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.name()).isEqualTo("io.interview4j.llm");
        Set<String> exported = module.exports().stream().map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
        Set<String> publicPackages = module.packages().stream().filter(p -> !p.contains(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).isEqualTo(publicPackages).contains("io.interview4j.llm.openai", "io.interview4j.llm.http",
                "io.interview4j.llm.exception", "io.interview4j.llm.langchain4j");
        assertThat(module.exports()).allSatisfy(e -> {
            assertThat(e.source()).doesNotContain(".internal");
            assertThat(e.isQualified()).isFalse();
        });
    }

    @Test
    void opensWireRecordsToJacksonOnly() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.isOpen()).isFalse();
        assertThat(module.opens()).extracting(Opens::source).containsExactlyInAnyOrder(
                "io.interview4j.llm.openai.internal", "io.interview4j.llm.anthropic.internal",
                "io.interview4j.llm.gemini.internal", "io.interview4j.llm.ollama.internal");
        assertThat(module.opens()).allSatisfy(o -> assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind"));
    }

    @Test
    void requiresCoreTransitivelyAndLangChain4jOnlyAtCompileTime() throws Exception {
        ModuleDescriptor module = descriptor();
        assertThat(module.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("io.interview4j.core");
            assertThat(r.modifiers()).contains(Requires.Modifier.TRANSITIVE);
        });
        assertThat(module.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("langchain4j.core");
            assertThat(r.modifiers()).contains(Requires.Modifier.STATIC);
        });
    }
}
