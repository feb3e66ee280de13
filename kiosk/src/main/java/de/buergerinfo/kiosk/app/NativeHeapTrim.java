package de.buergerinfo.kiosk.app;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * Asks the C library to give the memory that native code freed back to the system, at once.
 *
 * <p>glibc keeps freed memory (JavaFX's text layout, GTK, the JIT) for reuse and returns it only
 * when asked ({@code malloc_trim}). The JVM asks every 30 s ({@code -XX:TrimNativeHeapInterval} in
 * {@code kiosk/jvm.options}); the kiosk also asks right after it returned the heap between visits,
 * so the terminal is at its small size as soon as a visit ends. Where the C library has no {@code
 * malloc_trim} (not glibc) this does nothing.
 */
final class NativeHeapTrim {

  private static final Optional<MethodHandle> MALLOC_TRIM =
      Linker.nativeLinker()
          .defaultLookup()
          .find("malloc_trim")
          .map(
              address ->
                  Linker.nativeLinker()
                      .downcallHandle(
                          address,
                          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG)));

  private NativeHeapTrim() {}

  /** Whether this C library can be asked at all. */
  static boolean available() {
    return MALLOC_TRIM.isPresent();
  }

  /**
   * Returns free native memory to the system.
   *
   * @return whether any memory went back; false also where the C library cannot be asked
   */
  static boolean trim() {
    if (MALLOC_TRIM.isEmpty()) {
      return false;
    }
    try {
      // Keep no padding at the top of the heap: the next visit's allocations come soon enough.
      return (int) MALLOC_TRIM.get().invokeExact(0L) == 1;
    } catch (Throwable e) {
      throw new IllegalStateException("malloc_trim failed", e);
    }
  }
}
