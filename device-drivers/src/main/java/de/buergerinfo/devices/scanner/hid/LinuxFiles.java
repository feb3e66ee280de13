package de.buergerinfo.devices.scanner.hid;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * The libc calls the HID scanner needs, through the FFM API: {@code open}, {@code ioctl} (for the
 * exclusive grab, which must be made on the descriptor that is read), {@code poll}, {@code read}
 * and {@code close}. Each failing call reports its {@code errno}. Linux only; the JVM needs {@code
 * --enable-native-access=ALL-UNNAMED} to call these without a warning.
 */
final class LinuxFiles {

  static final int ENOENT = 2;
  static final int EINTR = 4;
  static final int EAGAIN = 11;
  static final int EACCES = 13;
  static final int EBUSY = 16;
  static final int ENODEV = 19;

  /** {@code _IOW('E', 0x90, int)}: grab the input device exclusively. */
  static final long EVIOCGRAB = 0x40044590L;

  private static final int O_RDONLY = 0;
  // Same on x86_64, arm64 and 32-bit arm (asm-generic).
  private static final int O_NONBLOCK = 04000;
  private static final int O_CLOEXEC = 02000000;

  static final short POLLIN = 0x1;
  static final short POLLERR = 0x8;
  static final short POLLHUP = 0x10;
  static final short POLLNVAL = 0x20;

  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
  private static final MemoryLayout C_LONG = LINKER.canonicalLayouts().get("long");
  private static final MemoryLayout C_SIZE = LINKER.canonicalLayouts().get("size_t");
  private static final StructLayout POLLFD =
      MemoryLayout.structLayout(
          ValueLayout.JAVA_INT.withName("fd"),
          ValueLayout.JAVA_SHORT.withName("events"),
          ValueLayout.JAVA_SHORT.withName("revents"));

  private static final MethodHandle OPEN =
      downcall(
          "open",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT,
              ValueLayout.ADDRESS,
              ValueLayout.JAVA_INT,
              ValueLayout.JAVA_INT),
          MethodType.methodType(
              int.class, MemorySegment.class, MemorySegment.class, int.class, int.class),
          Linker.Option.firstVariadicArg(2),
          CAPTURE_ERRNO);
  private static final MethodHandle IOCTL =
      downcall(
          "ioctl",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, C_LONG, C_LONG),
          MethodType.methodType(int.class, MemorySegment.class, int.class, long.class, long.class),
          Linker.Option.firstVariadicArg(2),
          CAPTURE_ERRNO);
  private static final MethodHandle POLL =
      downcall(
          "poll",
          FunctionDescriptor.of(
              ValueLayout.JAVA_INT, ValueLayout.ADDRESS, C_LONG, ValueLayout.JAVA_INT),
          MethodType.methodType(
              int.class, MemorySegment.class, MemorySegment.class, long.class, int.class),
          CAPTURE_ERRNO);
  private static final MethodHandle READ =
      downcall(
          "read",
          FunctionDescriptor.of(C_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, C_SIZE),
          MethodType.methodType(
              long.class, MemorySegment.class, int.class, MemorySegment.class, long.class),
          CAPTURE_ERRNO);
  private static final MethodHandle CLOSE =
      downcall(
          "close",
          FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
          MethodType.methodType(int.class, MemorySegment.class, int.class),
          CAPTURE_ERRNO);

  /** A failed call, with its errno. */
  static final class NativeError extends Exception {
    private final int errno;

    NativeError(String call, int errno) {
      super(call + " failed with errno " + errno);
      this.errno = errno;
    }

    int errno() {
      return errno;
    }
  }

  private final Arena arena;
  private final MemorySegment callState;
  private final MemorySegment pollFd;

  /** Call buffers that live in the given arena (the reader thread's own). */
  LinuxFiles(Arena arena) {
    this.arena = arena;
    this.callState = arena.allocate(CALL_STATE);
    this.pollFd = arena.allocate(POLLFD);
  }

  MemorySegment allocate(long bytes) {
    return arena.allocate(bytes);
  }

  /** Opens read-only and non-blocking (a FIFO without a writer must not block the open). */
  int open(String path) throws NativeError {
    try (Arena call = Arena.ofConfined()) {
      int fd = (int) OPEN.invokeExact(callState, call.allocateFrom(path), flags(), 0);
      return check("open", fd);
    } catch (NativeError e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("open could not be called", e);
    }
  }

  /** Grabs the input device exclusively; throws with ENOTTY or EINVAL for a non-input file. */
  void grab(int fd) throws NativeError {
    try {
      check("ioctl(EVIOCGRAB)", (int) IOCTL.invokeExact(callState, fd, EVIOCGRAB, 1L));
    } catch (NativeError e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("ioctl could not be called", e);
    }
  }

  /** Waits up to {@code timeoutMillis} for the descriptor; the returned revents, 0 on timeout. */
  short poll(int fd, int timeoutMillis) throws NativeError {
    pollFd.set(ValueLayout.JAVA_INT, 0, fd);
    pollFd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
    pollFd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
    try {
      int ready = check("poll", (int) POLL.invokeExact(callState, pollFd, 1L, timeoutMillis));
      return ready == 0 ? 0 : pollFd.get(ValueLayout.JAVA_SHORT, 6);
    } catch (NativeError e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("poll could not be called", e);
    }
  }

  /** Reads into the buffer; the byte count, 0 at end of file. */
  long read(int fd, MemorySegment buffer) throws NativeError {
    try {
      long count = (long) READ.invokeExact(callState, fd, buffer, buffer.byteSize());
      if (count < 0) {
        throw new NativeError("read", errno());
      }
      return count;
    } catch (NativeError e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("read could not be called", e);
    }
  }

  /** Closes, which also ends the grab; errors are of no use at this point. */
  void close(int fd) {
    try {
      int ignored = (int) CLOSE.invokeExact(callState, fd);
    } catch (Throwable e) {
      throw new IllegalStateException("close could not be called", e);
    }
  }

  private static int flags() {
    return O_RDONLY | O_NONBLOCK | O_CLOEXEC;
  }

  private int check(String call, int result) throws NativeError {
    if (result < 0) {
      throw new NativeError(call, errno());
    }
    return result;
  }

  private int errno() {
    return (int) ERRNO.get(callState, 0L);
  }

  @SuppressWarnings("restricted") // Native access is this class's purpose; see the class comment.
  private static MethodHandle downcall(
      String name, FunctionDescriptor descriptor, MethodType javaType, Linker.Option... options) {
    MemorySegment symbol =
        LINKER
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new UnsatisfiedLinkError("the C library has no " + name));
    MethodHandle handle = LINKER.downcallHandle(symbol, descriptor, options);
    // C long and size_t are 4 bytes on armhf: one Java signature with long for both word sizes.
    return MethodHandles.explicitCastArguments(handle, javaType);
  }
}
