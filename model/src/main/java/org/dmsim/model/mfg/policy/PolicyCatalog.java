package org.dmsim.model.mfg.policy;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules installed, of four kinds (allocation, dispatch, replenishment, demand generation): every
 * rule factory that {@link ServiceLoader} finds through a class loader, by kind and name — the built-in
 * ones (listed in this module's {@code META-INF/services}) and a user's, from a jar on the class path
 * or in a plug-in folder. Immutable once loaded; rules are listed in name order, never in discovery
 * order.
 */
public final class PolicyCatalog {
  private static volatile PolicyCatalog installed;
  private static volatile ClassLoader pluginLoader;

  private final Kind<AllocationRule, AllocationRuleFactory> allocation;
  private final Kind<DispatchRule, DispatchRuleFactory> dispatch;
  private final Kind<ReplenishmentRule, ReplenishmentRuleFactory> replenishment;
  private final Kind<DemandGenerator, DemandGeneratorFactory> demand;

  private PolicyCatalog(ClassLoader loader) {
    allocation = new Kind<>("allocation", AllocationRuleFactory.class, loader);
    dispatch = new Kind<>("dispatch", DispatchRuleFactory.class, loader);
    replenishment = new Kind<>("replenishment", ReplenishmentRuleFactory.class, loader);
    demand = new Kind<>("demand", DemandGeneratorFactory.class, loader);
  }

  /**
   * The rules {@code loader} can see.
   *
   * @throws IllegalStateException when two factories of one kind share a name (naming both classes)
   */
  public static PolicyCatalog load(ClassLoader loader) {
    return new PolicyCatalog(Objects.requireNonNull(loader, "loader"));
  }

  /**
   * The catalog scenarios are compiled with: the rules of this module's class loader, or of the
   * loader given to {@link #usePlugins} (which should delegate to it).
   */
  public static PolicyCatalog installed() {
    PolicyCatalog c = installed;
    if (c == null) {
      synchronized (PolicyCatalog.class) {
        c = installed;
        if (c == null) {
          c = load(pluginLoader != null ? pluginLoader : PolicyCatalog.class.getClassLoader());
          installed = c;
        }
      }
    }
    return c;
  }

  /**
   * Makes {@link #installed()} use {@code loader} from now on, e.g. one over the jars of
   * {@code dmsim --plugins DIR}. Call it once at start-up, before any scenario is read.
   */
  public static synchronized void usePlugins(ClassLoader loader) {
    pluginLoader = Objects.requireNonNull(loader, "loader");
    installed = null;
  }

  /** The allocation rules by name. */
  public SortedMap<String, AllocationRuleFactory> allocationRules() {
    return allocation.factories;
  }

  /** The allocation rule factory called {@code name}. */
  public Optional<AllocationRuleFactory> allocationFactory(String name) {
    return Optional.ofNullable(allocation.factories.get(name));
  }

  /**
   * A fresh allocation rule for {@code ref}.
   *
   * @throws UnknownRuleException   when no installed rule has its name
   * @throws RuleParameterException when its parameters do not suit the rule
   */
  public AllocationRule allocation(RuleRef ref) {
    return allocation.create(ref);
  }

  /** The dispatch rules by name. */
  public SortedMap<String, DispatchRuleFactory> dispatchRules() {
    return dispatch.factories;
  }

  /**
   * A fresh dispatch rule for {@code ref}.
   *
   * @throws UnknownRuleException   when no installed rule has its name
   * @throws RuleParameterException when its parameters do not suit the rule
   */
  public DispatchRule dispatch(RuleRef ref) {
    return dispatch.create(ref);
  }

  /** The replenishment rules by name. */
  public SortedMap<String, ReplenishmentRuleFactory> replenishmentRules() {
    return replenishment.factories;
  }

  /**
   * A fresh replenishment rule for {@code ref}.
   *
   * @throws UnknownRuleException   when no installed rule has its name
   * @throws RuleParameterException when its parameters do not suit the rule
   */
  public ReplenishmentRule replenishment(RuleRef ref) {
    return replenishment.create(ref);
  }

  /** The demand generators by name. */
  public SortedMap<String, DemandGeneratorFactory> demandGenerators() {
    return demand.factories;
  }

  /**
   * A fresh demand generator for {@code ref}.
   *
   * @throws UnknownRuleException   when no installed generator has its name
   * @throws RuleParameterException when its parameters do not suit the generator
   */
  public DemandGenerator demand(RuleRef ref) {
    return demand.create(ref);
  }

  /** The factories of one kind of rule, by name. */
  private static final class Kind<R, F extends RuleFactory<R>> {
    private final String kind;
    private final SortedMap<String, F> factories;

    Kind(String kind, Class<F> service, ClassLoader loader) {
      this.kind = kind;
      SortedMap<String, F> found = new TreeMap<>();
      for (F f : ServiceLoader.load(service, loader)) {
        F before = found.putIfAbsent(f.name(), f);
        if (before != null && before.getClass() != f.getClass()) {
          throw new IllegalStateException("two " + kind + " rules are called " + f.name() + ": "
              + before.getClass().getName() + " and " + f.getClass().getName());
        }
      }
      this.factories = Collections.unmodifiableSortedMap(found);
    }

    R create(RuleRef ref) {
      F f = factories.get(ref.name());
      if (f == null) {
        throw new UnknownRuleException(kind, ref.name(), factories.keySet());
      }
      return f.create(new RuleParams(ref));
    }
  }
}
