package io.interview4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor keeps the public surface narrow: internal packages are not exported to all. */
class ModuleDescriptorTest {

    private static ModuleDescriptor core;

    @BeforeAll
    static void readTheCompiledDescriptor() throws Exception {
        Path classes = Path.of(InterviewException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        core = ModuleFinder.of(classes).find("io.interview4j.core").orElseThrow().descriptor();
    }

    @Test
    void should_export_no_internal_package_to_everyone() {
        // when
        Set<String> unqualified = core.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
                .collect(Collectors.toSet());

        // then
        assertThat(core.packages()).contains("io.interview4j.store.internal");
        assertThat(unqualified).noneMatch(p -> p.contains(".internal"));
        assertThat(core.packages().stream().filter(p -> p.contains(".internal"))).allSatisfy(p ->
                assertThat(core.exports()).filteredOn(e -> e.source().equals(p)).allMatch(Exports::isQualified));
    }

    @Test
    void should_export_the_public_api_and_the_store_internals_only_to_the_storage_adapters() {
        // when
        Set<String> unqualified = core.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
                .collect(Collectors.toSet());

        // then
        assertThat(unqualified).containsExactlyInAnyOrder("io.interview4j", "io.interview4j.bank",
                "io.interview4j.engine", "io.interview4j.feedback",
                "io.interview4j.llm", "io.interview4j.plan", "io.interview4j.report",
                "io.interview4j.rules", "io.interview4j.scoring", "io.interview4j.session", "io.interview4j.store",
                "io.interview4j.testkit", "io.interview4j.text");
        assertThat(core.exports()).filteredOn(e -> e.source().equals("io.interview4j.store.internal"))
                .singleElement().satisfies(e -> assertThat(e.targets()).containsExactly("io.interview4j.storage"));
    }

    @Test
    void should_open_packages_to_jackson_only_when_it_maps_their_values() {
        // then
        assertThat(core.isOpen()).isFalse();
        assertThat(core.opens()).isNotEmpty().allSatisfy(o -> {
            assertThat(o.isQualified()).as("opens %s", o.source()).isTrue();
            assertThat(o.targets()).containsExactly("com.fasterxml.jackson.databind");
        });
        assertThat(core.opens()).extracting(Opens::source).contains("io.interview4j.session", "io.interview4j.plan",
                "io.interview4j.scoring", "io.interview4j.report").noneMatch(p -> p.contains(".internal"));
    }

    @Test
    void should_pass_jackson_on_to_hosts_because_public_signatures_use_it() {
        // then
        assertThat(core.name()).isEqualTo("io.interview4j.core");
        assertThat(core.requires()).filteredOn(r -> r.name().equals("com.fasterxml.jackson.databind"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(Requires.Modifier.TRANSITIVE));
        assertThat(core.requires()).extracting(Requires::name).contains("org.slf4j", "org.jsoup");
    }
}
