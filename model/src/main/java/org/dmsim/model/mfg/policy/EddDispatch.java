package org.dmsim.model.mfg.policy;

/** The built-in dispatch rule {@code edd}: earliest due date first. */
public final class EddDispatch implements DispatchRule {
  @Override
  public long priority(Job job) {
    return job.dueMs();
  }

  /** Finds {@code edd} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<DispatchRule> implements DispatchRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("edd", "earliest due date first.", EddDispatch::new);
    }
  }
}
