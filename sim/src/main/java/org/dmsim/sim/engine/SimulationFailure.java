package org.dmsim.sim.engine;

/**
 * A run that cannot go on: an entity saw time go backwards, a send undercut the network lookahead,
 * an event had no live target, an entity's logic threw (any {@link Throwable}, an
 * {@link AssertionError} or a {@link StackOverflowError} included), an actor of the run was lost, or
 * the run stopped making progress. The message names the entities and events involved.
 */
public class SimulationFailure extends RuntimeException {
  /** A failure described by {@code message}. */
  public SimulationFailure(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public SimulationFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether {@code t} means the virtual machine itself is in trouble — an {@link OutOfMemoryError}, an
   * {@link InternalError} or another {@link VirtualMachineError} — rather than the model. Engines end the
   * run and then rethrow such an error unchanged (with a suppressed {@code SimulationFailure} naming the
   * entity and event, when there was memory to build one), so that a caller that reports a failed run
   * and goes on with the next does not carry on in a broken VM.
   *
   * <p>A {@link StackOverflowError} is not fatal here: the stack has unwound by the time the engine
   * catches it, and it almost always means runaway recursion in entity logic, a bug of the model like
   * any other.
   */
  public static boolean isFatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }
}
