package org.dmsim.model.mfg.policy;

/** The built-in dispatch rule {@code fifo}: first come, first served. */
public final class FifoDispatch implements DispatchRule {
  @Override
  public long priority(Job job) {
    return job.arrival();
  }

  /** Finds {@code fifo} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory implements DispatchRuleFactory {
    @Override
    public String name() {
      return "fifo";
    }

    @Override
    public String description() {
      return "first come, first served.";
    }

    @Override
    public DispatchRule create(RuleParams params) {
      params.requireNoOthers();
      return new FifoDispatch();
    }
  }
}
