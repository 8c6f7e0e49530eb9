package org.dmsim.model.mfg.policy;

/** The built-in dispatch rule {@code spt}: shortest expected processing time (step mean × units) first. */
public final class SptDispatch implements DispatchRule {
  @Override
  public long priority(Job job) {
    return Math.round(job.stepMeanMs() * job.units());
  }

  /** Finds {@code spt} for {@link java.util.ServiceLoader}; it takes no parameters. */
  public static final class Factory extends ParameterlessRuleFactory<DispatchRule> implements DispatchRuleFactory {
    /** The factory ServiceLoader makes. */
    public Factory() {
      super("spt", "shortest expected processing time (step mean × units) first.", SptDispatch::new);
    }
  }
}
