package de.buergerinfo.devices.cardreader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;
import java.util.Optional;

/**
 * Lets the JDK open a new PC/SC context after pcscd restarted. The JDK establishes one context per
 * JVM, in the static field {@code sun.security.smartcardio.PCSCTerminals.contextId}, and never
 * again: after a pcscd restart every call fails with {@code SCARD_E_NO_SERVICE}, even through a new
 * {@code TerminalFactory}. Setting the field back to 0 makes the next factory establish a new
 * context. This needs the JVM option {@link #JVM_OPTION}; without it the reset is unavailable and
 * the driver reports that the kiosk must be restarted.
 */
final class PcscContextReset {

  static final String JVM_OPTION =
      "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED";

  private static final String TERMINALS_CLASS = "sun.security.smartcardio.PCSCTerminals";

  private final Class<?> terminals;
  private final VarHandle contextId;
  private final VarHandle readerCache;
  private final String unavailableBecause;

  private PcscContextReset(
      Class<?> terminals, VarHandle contextId, VarHandle readerCache, String unavailableBecause) {
    this.terminals = terminals;
    this.contextId = contextId;
    this.readerCache = readerCache;
    this.unavailableBecause = unavailableBecause;
  }

  /** Finds the JDK's context field, or says why it cannot be reset in this JVM. */
  static PcscContextReset probe() {
    Class<?> terminals;
    try {
      terminals = Class.forName(TERMINALS_CLASS, false, ClassLoader.getPlatformClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return unavailable("this JDK has no " + TERMINALS_CLASS + " (is java.smartcardio included?)");
    }
    Module ours = PcscContextReset.class.getModule();
    if (!terminals.getModule().isOpen(terminals.getPackageName(), ours)) {
      return unavailable("the JVM option " + JVM_OPTION + " is missing");
    }
    try {
      var lookup = MethodHandles.privateLookupIn(terminals, MethodHandles.lookup());
      return new PcscContextReset(
          terminals,
          lookup.findStaticVarHandle(terminals, "contextId", long.class),
          lookup.findStaticVarHandle(terminals, "terminals", Map.class),
          "");
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A JDK that keeps its context differently: fail soft, the driver still works until a
      // pcscd restart.
      return unavailable(
          "this JDK's " + TERMINALS_CLASS + " has no static contextId and terminals fields");
    }
  }

  private static PcscContextReset unavailable(String because) {
    return new PcscContextReset(null, null, null, because);
  }

  boolean available() {
    return contextId != null;
  }

  /** Why {@link #reset()} cannot work here, or empty when it can. */
  Optional<String> unavailableBecause() {
    return available() ? Optional.empty() : Optional.of(unavailableBecause);
  }

  /**
   * Forgets the JDK's context, so the next {@code TerminalFactory.getInstance("PC/SC", null)}
   * establishes a new one. The old context is not released (the JDK has no call for it); pcscd
   * already dropped it when it stopped.
   *
   * @return false when unavailable
   */
  boolean reset() {
    if (!available()) {
      return false;
    }
    // PCSCTerminals.initContext() and its reader cache are static synchronized: take that lock.
    synchronized (terminals) {
      contextId.setVolatile(0L);
      ((Map<?, ?>) readerCache.get()).clear();
    }
    return true;
  }
}
