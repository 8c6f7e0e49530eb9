package org.dmsim.scenarios.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dmsim.scenarios.experiment.Cancellation;

/**
 * What {@code SIGINT} (Ctrl-C) and {@code SIGTERM} do to a running {@code dmsim}: the runs in progress
 * stop, the runs that finished are written with a {@code partial} status, the console says what was kept
 * and where, and the process exits with 130 ({@code SIGINT}) or 143 ({@code SIGTERM}); a second signal
 * ends it at once.
 *
 * <p>How: a JVM shutdown hook, installed by {@link Main#main}. The JVM already turns both signals into an
 * orderly shutdown that runs the hooks and then exits with 128 + the signal's number — exactly the
 * statuses wanted, on every platform, with no unsupported API. The hook asks the command's
 * {@link Cancellation} to stop, then waits (at most {@link #GRACE}) for the command to write what
 * finished; a command that never took the token (validate, bench) is not waited for. The one thing a
 * hook cannot do is hear a second signal: while hooks run the JVM's own handler blocks on the shutdown in
 * progress. So the hook's first act is to hand both signals to {@code sun.misc.Signal} (module
 * {@code jdk.unsupported}, kept by the JDK for this use) with a handler that halts at once; it is reached
 * by reflection so that a runtime without it only loses that second-signal shortcut.
 *
 * <p>A signal ignored when the JVM started (a background job of a non-interactive shell ignores
 * {@code SIGINT}) stays ignored: the JVM installs no handler for it.
 */
final class Interruption {
  /** How long the hook waits for the command to write what finished. */
  static final Duration GRACE = Duration.ofSeconds(30);
  /** The reason a cancelled batch gives. */
  static final String REASON = "interrupted";

  private static final Cancellation CANCEL = new Cancellation();
  private static final CountDownLatch ENDED = new CountDownLatch(1);
  private static volatile boolean keeping;
  private static volatile PrintStream console = System.err;

  private Interruption() {}

  /** Installs the hook; {@code err} is where it says that it is stopping. */
  static void install(PrintStream err) {
    console = err;
    Runtime.getRuntime().addShutdownHook(new Thread(Interruption::onShutdown, "dmsim-interruption"));
  }

  /**
   * The process's cancellation token, for a command that stops on it and then writes what finished: once
   * taken, the hook waits for {@link #commandEnded()} (up to {@link #GRACE}). Never requested unless the
   * hook was installed and a signal came.
   */
  static Cancellation cancellation() {
    keeping = true;
    return CANCEL;
  }

  /**
   * Blocks until Ctrl-C or {@code SIGTERM} (or this thread is interrupted), for a command that serves until
   * stopped: it then closes what it serves, says what it kept, and returns.
   */
  static void awaitSignal() {
    Cancellation cancel = cancellation();
    try {
      while (!cancel.requested()) {
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The command has returned and written its files: the hook need not wait any longer. */
  static void commandEnded() {
    ENDED.countDown();
  }

  private static void onShutdown() {
    if (ENDED.getCount() == 0) {
      return;
    }
    haltOnNextSignal();
    if (!keeping) {
      return;
    }
    console.println();
    console.println("dmsim: interrupted: stopping the runs and writing those that finished"
        + " (a second Ctrl-C quits at once, keeping nothing more)");
    console.flush();
    CANCEL.request(REASON);
    try {
      if (!ENDED.await(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        console.println("dmsim: gave up waiting for the results to be written after " + GRACE.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** From now on {@code SIGINT} and {@code SIGTERM} halt the JVM at once with 128 + the signal's number. */
  private static void haltOnNextSignal() {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Method handle = signal.getMethod("handle", signal, handler);
      Method number = signal.getMethod("getNumber");
      Object halt = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, (proxy, method, args) -> {
        switch (method.getName()) {
          case "handle" -> Runtime.getRuntime().halt(128 + (int) number.invoke(args[0]));
          case "hashCode" -> {
            return System.identityHashCode(proxy);
          }
          case "equals" -> {
            return proxy == args[0];
          }
          case "toString" -> {
            return "dmsim: halt on a second signal";
          }
          default -> { }
        }
        return null;
      });
      for (String name : new String[] {"INT", "TERM"}) {
        handle.invoke(null, signal.getConstructor(String.class).newInstance(name), halt);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
      // Without sun.misc.Signal a second signal waits for the grace period, like the first.
    }
  }
}
