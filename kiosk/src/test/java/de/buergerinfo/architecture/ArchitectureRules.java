package de.buergerinfo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The rules of ARCHITECTURE.md, as ArchUnit rules; checked by {@code ArchitectureTest}. */
public final class ArchitectureRules {

  private ArchitectureRules() {}

  static final String DEVICES = "de.buergerinfo.devices..";
  static final String CONTENT = "de.buergerinfo.content..";
  static final String PROVISIONING = "de.buergerinfo.provisioning..";
  static final String KIOSK = "de.buergerinfo.kiosk..";

  /** device-drivers depends on no other module. */
  public static final ArchRule DEVICES_DEPEND_ON_NO_MODULE =
      noClasses()
          .that()
          .resideInAPackage(DEVICES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CONTENT, PROVISIONING, KIOSK)
          .because("device-drivers stands alone (ARCHITECTURE.md, Modules)");

  /** content depends on no other module. */
  public static final ArchRule CONTENT_DEPENDS_ON_NO_MODULE =
      noClasses()
          .that()
          .resideInAPackage(CONTENT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(DEVICES, PROVISIONING, KIOSK)
          .because("content stands alone (ARCHITECTURE.md, Modules)");

  /** provisioning may use content and device-drivers, never the kiosk app. */
  public static final ArchRule PROVISIONING_DOES_NOT_DEPEND_ON_KIOSK =
      noClasses()
          .that()
          .resideInAPackage(PROVISIONING)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(KIOSK)
          .because("dependencies point from kiosk to provisioning, not back");

  /** JavaFX only in the kiosk module; device-drivers renders tickets with Java2D. */
  public static final ArchRule JAVAFX_ONLY_IN_KIOSK =
      noClasses()
          .that()
          .resideOutsideOfPackage(KIOSK)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("JavaFX appears only in kiosk (ARCHITECTURE.md, Modules)");

  /** ViewModels hold properties and call services; they never touch nodes or controls. */
  public static final ArchRule VIEW_MODELS_DO_NOT_TOUCH_NODES =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx.scene..", "javafx.stage..")
          .because("a ViewModel is tested without JavaFX controls (JabRef's rule)");

  /** No package depends, through any path, on itself. */
  public static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("de.buergerinfo.(**)")
          .should()
          .beFreeOfCycles()
          .because("cycles make packages impossible to understand or move alone");

  /**
   * The terminal never opens an address: a scanned or downloaded link could lead anywhere, and a
   * browser on a public terminal is a way out of the kiosk.
   */
  public static final ArchRule NOTHING_OPENS_AN_ADDRESS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.awt.Desktop")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("javafx.application.HostServices")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene.web..")
          .because("no URL is ever opened on the terminal (issue 6, scanning)");

  /** All rules, for the test that runs them against the real code. */
  public static final ArchRule[] ALL = {
    DEVICES_DEPEND_ON_NO_MODULE,
    CONTENT_DEPENDS_ON_NO_MODULE,
    PROVISIONING_DOES_NOT_DEPEND_ON_KIOSK,
    JAVAFX_ONLY_IN_KIOSK,
    VIEW_MODELS_DO_NOT_TOUCH_NODES,
    NO_PACKAGE_CYCLES,
    NOTHING_OPENS_AN_ADDRESS
  };
}
