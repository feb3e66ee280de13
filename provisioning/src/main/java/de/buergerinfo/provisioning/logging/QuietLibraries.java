package de.buergerinfo.provisioning.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences start-up notes that libraries print through java.util.logging and that mean nothing to
 * an operator (Lucene's hint about the incubating vector API). Called once by each main method.
 */
public final class QuietLibraries {

  // Kept in a field: java.util.logging holds loggers weakly, and a collected logger loses its
  // level.
  private static final Logger LUCENE_VECTORS =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  private QuietLibraries() {}

  public static void apply() {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
  }
}
