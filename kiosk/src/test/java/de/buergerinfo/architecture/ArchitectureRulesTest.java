package de.buergerinfo.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import de.buergerinfo.content.archfixture.ContentUsingDevices;
import de.buergerinfo.devices.archfixture.DriverUsingJavaFx;
import de.buergerinfo.kiosk.archfixture.cycle.a.First;
import de.buergerinfo.kiosk.archfixture.cycle.b.Second;
import de.buergerinfo.kiosk.archfixture.screen.BadViewModel;
import de.buergerinfo.kiosk.archfixture.screen.UrlOpener;
import de.buergerinfo.provisioning.archfixture.ProvisioningUsingKiosk;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule fails on code that breaks it, so a green ArchitectureTest means something.
 */
class ArchitectureRulesTest {

  private static void assertViolated(ArchRule rule, Class<?>... offenders) {
    JavaClasses classes = new ClassFileImporter().importClasses(offenders);
    assertThatThrownBy(() -> rule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(offenders[0].getName());
  }

  @Test
  void aDriverUsingTheKioskIsCaught() {
    assertViolated(ArchitectureRules.DEVICES_DEPEND_ON_NO_MODULE, DriverUsingJavaFx.class);
  }

  @Test
  void contentUsingDevicesIsCaught() {
    assertViolated(ArchitectureRules.CONTENT_DEPENDS_ON_NO_MODULE, ContentUsingDevices.class);
  }

  @Test
  void provisioningUsingTheKioskIsCaught() {
    assertViolated(
        ArchitectureRules.PROVISIONING_DOES_NOT_DEPEND_ON_KIOSK, ProvisioningUsingKiosk.class);
  }

  @Test
  void javaFxOutsideTheKioskIsCaught() {
    assertViolated(ArchitectureRules.JAVAFX_ONLY_IN_KIOSK, DriverUsingJavaFx.class);
  }

  @Test
  void aViewModelTouchingAControlIsCaught() {
    assertViolated(ArchitectureRules.VIEW_MODELS_DO_NOT_TOUCH_NODES, BadViewModel.class);
  }

  @Test
  void openingAnAddressIsCaught() {
    assertViolated(ArchitectureRules.NOTHING_OPENS_AN_ADDRESS, UrlOpener.class);
  }

  @Test
  void aPackageCycleIsCaught() {
    assertViolated(ArchitectureRules.NO_PACKAGE_CYCLES, First.class, Second.class);
  }
}
