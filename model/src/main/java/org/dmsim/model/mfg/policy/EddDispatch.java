package org.dmsim.model.mfg.policy;

/** The built-in dispatch rule {@code edd}: earliest due date first. */
public final class EddDispatch implements DispatchRule {
  @Override
  public long priority(Job job) {
    return job.dueMs();
  }

  /** Finds {@code edd} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory implements DispatchRuleFactory {
    @Override
    public String name() {
      return "edd";
    }

    @Override
    public String description() {
      return "earliest due date first.";
    }

    @Override
    public DispatchRule create(RuleParams params) {
      params.requireNoOthers();
      return new EddDispatch();
    }
  }
}
