package de.buergerinfo.devices.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.exception.IOException;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;

/** Pi4J contexts on the mock plugin, built explicitly (never {@code newAutoContext()}). */
final class MockPins {

  private MockPins() {}

  static Context context() {
    return Pi4J.newContextBuilder()
        .noAutoDetect()
        .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
        .build();
  }

  /** A context whose outputs fail while {@code breaker} is set: a pin that dies at runtime. */
  static Context contextWithBreakableOutputs(Breaker breaker) {
    return Pi4J.newContextBuilder()
        .noAutoDetect()
        .add(MockDigitalInputProvider.newInstance(), new BreakableOutputProvider(breaker))
        .build();
  }

  /** Switches the outputs of {@link #contextWithBreakableOutputs} between failing and working. */
  static final class Breaker {
    private volatile boolean broken;

    void set(boolean broken) {
      this.broken = broken;
    }
  }

  private static final class BreakableOutputProvider extends MockDigitalOutputProviderImpl {
    private final Breaker breaker;

    BreakableOutputProvider(Breaker breaker) {
      this.breaker = breaker;
    }

    @Override
    public DigitalOutput create(DigitalOutputConfig config) {
      DigitalOutput output = new BreakableOutput(this, config, breaker);
      context.registry().add(output);
      return output;
    }
  }

  private static final class BreakableOutput extends MockDigitalOutput {
    private final Breaker breaker;

    BreakableOutput(DigitalOutputProvider provider, DigitalOutputConfig config, Breaker breaker) {
      super(provider, config);
      this.breaker = breaker;
    }

    @Override
    public DigitalOutput state(DigitalState state) {
      if (breaker.broken) {
        throw new IOException("mock output is broken");
      }
      return super.state(state);
    }
  }
}
