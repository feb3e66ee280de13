package de.buergerinfo.kiosk.central;

import de.buergerinfo.provisioning.central.CentralServer;
import java.nio.file.Path;

/** The central server in-process on 127.0.0.1 and a random port: the embedded default. */
public final class EmbeddedCentral {

  private EmbeddedCentral() {}

  /** Starts it with its database in {@code dataFolder}; reachable from this machine only. */
  public static CentralServer start(Path dataFolder) {
    return CentralServer.start(new CentralServer.Settings("127.0.0.1", 0, dataFolder));
  }
}
