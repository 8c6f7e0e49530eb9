package org.dmsim.model.mfg.policy;

/** The built-in dispatch rule {@code fifo}: first come, first served. */
public final class FifoDispatch implements DispatchRule {
  @Override
  public long priority(Job job) {
    return job.arrival();
  }

  /** Finds {@code fifo} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<DispatchRule> implements DispatchRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("fifo", "first come, first served.", FifoDispatch::new);
    }
  }
}
