package org.dmsim.reports.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.reports.csv.EchelonCsv;

/**
 * The stock chains of a results folder, read from its {@code echelons.csv}: for each case and variant, in
 * the file's order, the stages of its first replication. Empty when the folder has no such file.
 *
 * @param chains one chain per case and variant
 */
record StockChains(List<Chain> chains) {
  /** The stages of one case and variant, customers' stage first, in replication {@code replication}. */
  record Chain(String caseName, String variant, int replication, List<EchelonSeries> stages) {
    Chain {
      stages = List.copyOf(stages);
    }
  }

  StockChains {
    chains = List.copyOf(chains);
  }

  /** No chain. */
  static final StockChains NONE = new StockChains(List.of());

  /** The chains in {@code dir/echelons.csv}, or none without the file. */
  static StockChains read(Path dir) {
    Path file = dir.resolve(EchelonCsv.FILE);
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    List<String> lines = FolderCsv.lines(file);
    FolderCsv.expectHeader(file, lines, EchelonCsv.HEADER);
    int columns = EchelonCsv.HEADER.split(",").length;
    // case|variant -> replication (the first met) -> stage -> rows of numbers
    Map<String, Integer> firstReplication = new LinkedHashMap<>();
    Map<String, Map<String, List<double[]>>> rows = new LinkedHashMap<>();
    Map<String, Integer> depth = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = FolderCsv.fields(file, i, lines.get(i), columns);
      String key = f[0] + "," + f[1];
      int replication = FolderCsv.integer(file, i, f[2], "replication");
      if (firstReplication.computeIfAbsent(key, k -> replication) != replication) {
        continue;
      }
      depth.put(key + "," + f[3], FolderCsv.integer(file, i, f[4], "depth"));
      double[] values = new double[6];
      for (int c = 0; c < values.length; c++) {
        values[c] = FolderCsv.decimal(file, i, f[6 + c], EchelonCsv.HEADER.split(",")[6 + c]);
      }
      rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(f[3], k -> new ArrayList<>()).add(values);
    }
    List<Chain> chains = new ArrayList<>();
    rows.forEach((key, stages) -> {
      String[] cv = key.split(",", 2);
      List<EchelonSeries> series = new ArrayList<>();
      stages.forEach((stage, periods) -> series.add(series(stage, depth.get(key + "," + stage), periods)));
      chains.add(new Chain(cv[0], cv[1], firstReplication.get(key), series));
    });
    return new StockChains(chains);
  }

  private static EchelonSeries series(String stage, int depth, List<double[]> periods) {
    double[][] c = new double[6][periods.size()];
    for (int i = 0; i < periods.size(); i++) {
      for (int k = 0; k < 6; k++) {
        c[k][i] = periods.get(i)[k];
      }
    }
    return new EchelonSeries(stage, depth, c[0], c[1], c[2], c[3], c[4], c[5]);
  }
}
