package de.buergerinfo.devices.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.provider.Provider;
import java.util.Optional;

/**
 * Builds the Pi4J context of a Raspberry Pi: the gpiod providers only, named explicitly so that no
 * other plugin on the class path (the mock in tests) can win by priority.
 */
final class GpiodContexts {

  // By name: the gpiod plugin is a runtime dependency, so the compiled code does not need its
  // native parts, which exist for armhf and aarch64 only.
  private static final String INPUT_PROVIDER =
      "com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider";
  private static final String OUTPUT_PROVIDER =
      "com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider";

  private GpiodContexts() {}

  /**
   * @param chip the gpiochip to use; empty lets Pi4J pick the chip labelled "pinctrl"
   * @throws ReflectiveOperationException when the gpiod plugin is not on the class path
   */
  static Context build(Optional<String> chip) throws ReflectiveOperationException {
    ContextBuilder builder =
        Pi4J.newContextBuilder()
            .noAutoDetectPlatforms()
            .noAutoDetectProviders()
            .add(provider(INPUT_PROVIDER), provider(OUTPUT_PROVIDER));
    chip.ifPresent(builder::setGpioChipName);
    return builder.build();
  }

  private static Provider provider(String type) throws ReflectiveOperationException {
    return (Provider) Class.forName(type).getMethod("newInstance").invoke(null);
  }
}
