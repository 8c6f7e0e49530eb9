import java.nio.file.Path;
import org.dmsim.scenarios.yaml.ScenarioLoader;
import org.dmsim.model.mfg.compile.CapacityCheck;

/**
 * Times loading a scenario file (and, with a second argument, its capacity check, which compiles the
 * network) and prints the heap the loaded scenario holds. Run from the shaded jar:
 * java -XX:+UseParallelGC -cp scenarios/target/dmsim.jar docs/bench/LoadScenario.java FILE [check]
 */
public class LoadScenario {
  public static void main(String[] a) throws Exception {
    long t0 = System.nanoTime();
    var s = ScenarioLoader.load(Path.of(a[0]));
    long t1 = System.nanoTime();
    System.out.printf("load %.2f s, %d nodes%n", (t1 - t0) / 1e9, s.network().nodes().size());
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    System.out.printf("heap used after load + GC: %.1f MB%n", (r.totalMemory() - r.freeMemory()) / 1e6);
    if (a.length > 1) {
      long t2 = System.nanoTime();
      CapacityCheck c = CapacityCheck.of(s.network());
      System.out.printf("capacity check %.2f s (%.2f)%n", (System.nanoTime() - t2) / 1e9, c.overallUtilization());
    }
  }
}
