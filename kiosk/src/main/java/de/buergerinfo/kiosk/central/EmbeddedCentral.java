package de.buergerinfo.kiosk.central;

import de.buergerinfo.provisioning.central.CentralServer;
import de.buergerinfo.provisioning.central.DemoContent;
import java.nio.file.Path;
import java.time.Instant;

/** The central server in-process on 127.0.0.1 and a random port: the embedded default. */
public final class EmbeddedCentral {

  private EmbeddedCentral() {}

  /**
   * Starts it with its database in {@code dataFolder}, reachable from this machine only, serving
   * our built-in Bremen content as a signed bundle.
   */
  public static CentralServer start(Path dataFolder) {
    CentralServer central =
        CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, dataFolder));
    try {
      DemoContent.publish(central, Instant.now());
    } catch (RuntimeException e) {
      central.close();
      throw e;
    }
    return central;
  }
}
