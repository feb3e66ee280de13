package de.buergerinfo.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the production code of all four modules (the kiosk's test class path holds them all)
 * against ARCHITECTURE.md's rules.
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionCode() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.buergerinfo");
  }

  @Test
  void allFourModulesAreImported() {
    for (String module : new String[] {"devices", "content", "provisioning", "kiosk"}) {
      assertThat(
              production.stream()
                  .anyMatch(c -> c.getPackageName().startsWith("de.buergerinfo." + module)))
          .as("classes of module package de.buergerinfo." + module)
          .isTrue();
    }
  }

  static Stream<ArchRule> rules() {
    return Arrays.stream(ArchitectureRules.ALL);
  }

  @ParameterizedTest
  @MethodSource("rules")
  void productionCodeKeepsTheRule(ArchRule rule) {
    rule.check(production);
  }
}
