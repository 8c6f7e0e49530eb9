package org.dmsim.model.mfg.policy;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules installed: every {@link AllocationRuleFactory} that {@link ServiceLoader} finds through a
 * class loader, by name — the built-in ones (listed in this module's {@code META-INF/services}) and a
 * user's, from a jar on the class path or in a plug-in folder. Immutable once loaded; rules are listed
 * in name order, never in discovery order.
 */
public final class PolicyCatalog {
  private static volatile PolicyCatalog installed;
  private static volatile ClassLoader pluginLoader;

  private final SortedMap<String, AllocationRuleFactory> allocation;

  private PolicyCatalog(SortedMap<String, AllocationRuleFactory> allocation) {
    this.allocation = Collections.unmodifiableSortedMap(allocation);
  }

  /**
   * The rules {@code loader} can see.
   *
   * @throws IllegalStateException when two factories share a name (naming both classes)
   */
  public static PolicyCatalog load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    SortedMap<String, AllocationRuleFactory> allocation = new TreeMap<>();
    for (AllocationRuleFactory f : ServiceLoader.load(AllocationRuleFactory.class, loader)) {
      AllocationRuleFactory before = allocation.putIfAbsent(f.name(), f);
      if (before != null && before.getClass() != f.getClass()) {
        throw new IllegalStateException("two allocation rules are called " + f.name() + ": "
            + before.getClass().getName() + " and " + f.getClass().getName());
      }
    }
    return new PolicyCatalog(allocation);
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
          ClassLoader loader = pluginLoader != null ? pluginLoader : PolicyCatalog.class.getClassLoader();
          c = load(loader);
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
    return allocation;
  }

  /** The allocation rule factory called {@code name}. */
  public Optional<AllocationRuleFactory> allocationFactory(String name) {
    return Optional.ofNullable(allocation.get(name));
  }

  /**
   * A fresh allocation rule for {@code ref}.
   *
   * @throws UnknownRuleException     when no installed rule has its name
   * @throws RuleParameterException   when its parameters do not suit the rule
   */
  public AllocationRule allocation(RuleRef ref) {
    AllocationRuleFactory f = allocationFactory(ref.name())
        .orElseThrow(() -> new UnknownRuleException("allocation", ref.name(), allocation.keySet()));
    return f.create(new RuleParams(ref));
  }
}
