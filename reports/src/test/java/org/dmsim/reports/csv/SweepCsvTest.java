package org.dmsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCsvTest {
  @TempDir
  Path dir;

  @Test
  void write_thenRead_givesTheSameRows_quotingCellsWithCommas() throws Exception {
    List<SweepCsv.Row> rows = List.of(
        new SweepCsv.Row(0, List.of("1", "{a: 1, b: 2}"), "central", "baseline", "on_time_fill_rate", 0.5, 0.25, 0.75, 3),
        new SweepCsv.Row(1, List.of("2", "x"), "central", "baseline", "on_time_fill_rate", Double.NaN, Double.NaN,
            Double.NaN, 0));

    SweepCsv.write(dir, List.of("nodes[a].count", "b:costs"), rows);
    SweepCsv.Table table = SweepCsv.read(dir);

    assertThat(Files.readAllLines(dir.resolve(SweepCsv.FILE))).containsExactly(
        "point,nodes[a].count,b:costs,variant,case,indicator,mean,ci95_low,ci95_high,replications",
        "0,1,\"{a: 1, b: 2}\",central,baseline,on_time_fill_rate,0.5,0.25,0.75,3",
        "1,2,x,central,baseline,on_time_fill_rate,,,,0");
    assertThat(table.parameters()).containsExactly("nodes[a].count", "b:costs");
    assertThat(table.rows().get(0)).isEqualTo(rows.get(0));
    assertThat(table.rows().get(1).mean()).isNaN();
    assertThat(table.values(1)).containsExactly("{a: 1, b: 2}", "x");
  }

  @Test
  void read_badNumber_namesFileLineAndColumn() throws Exception {
    Files.writeString(dir.resolve(SweepCsv.FILE), "point,p,variant,case,indicator,mean,ci95_low,ci95_high,replications\n"
        + "0,1,v,c,k,lots,,,2\n");

    assertThatThrownBy(() -> SweepCsv.read(dir))
        .hasMessage(dir.resolve(SweepCsv.FILE) + ":2: mean: expected a number, found \"lots\"");
  }

  @Test
  void read_otherFile_saysWhatHeaderWasExpected() throws Exception {
    Files.writeString(dir.resolve(SweepCsv.FILE), "rank,node\n");

    assertThatThrownBy(() -> SweepCsv.read(dir)).hasMessageContaining(":1: expected the header of sweep.csv");
  }
}
