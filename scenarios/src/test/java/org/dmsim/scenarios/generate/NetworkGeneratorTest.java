package org.dmsim.scenarios.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@link NetworkGenerator} draws and {@link ScenarioFiles} writes, without loading it. */
class NetworkGeneratorTest {
  private static final long DAY_MS = 86_400_000L;
  private static final NetworkGenerator GENERATOR = NetworkGenerator.european();

  private static GeneratorRequest request(int sites, int regions, NetworkDesign design, long seed, boolean csv) {
    return new GeneratorRequest(sites, regions, design, seed, 30 * DAY_MS, csv);
  }

  private static List<GeneratedFile> files(GeneratorRequest r) {
    return ScenarioFiles.of(NetworkGenerator.european().draw(r), r);
  }

  @Test
  void places_bundledList_hasOver150DistinctCities() {
    List<Place> places = Places.european();

    assertThat(places).hasSizeGreaterThan(150);
    assertThat(places.stream().map(Place::id).distinct()).hasSameSizeAs(places);
    assertThat(places).allSatisfy(p -> assertThat(p.lat()).isBetween(27.0, 72.0));
  }

  @ParameterizedTest
  @CsvSource({"distributed, false", "distributed, true", "centralized, false", "centralized, true"})
  void files_sameRequestTwice_areIdentical(String design, boolean csv) {
    GeneratorRequest r = request(120, 60, NetworkDesign.valueOf(design.toUpperCase()), 42, csv);

    assertThat(files(r)).isEqualTo(files(r)).hasSize(csv ? 3 : 1);
  }

  @Test
  void files_anotherSeed_areDifferent() {
    assertThat(files(request(50, 20, NetworkDesign.DISTRIBUTED, 1, false)))
        .isNotEqualTo(files(request(50, 20, NetworkDesign.DISTRIBUTED, 2, false)));
  }

  @Test
  void draw_distributed_hasTheRequestedCountsWithUniqueIds() {
    SyntheticNetwork n = GENERATOR.draw(request(500, 300, NetworkDesign.DISTRIBUTED, 7, true));

    assertThat(n.sites()).hasSize(500).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo("microfactory");
      assertThat(s.cncMachines()).isEqualTo(2);
      assertThat(s.finishers()).isEqualTo(1);
      assertThat(Math.abs(s.lat() - s.place().lat())).isLessThanOrEqualTo(0.15);
    });
    assertThat(n.regions()).hasSize(300);
    Set<String> ids = new HashSet<>();
    n.sites().forEach(s -> assertThat(ids.add(s.id())).as(s.id()).isTrue());
    n.regions().forEach(g -> assertThat(ids.add(g.id())).as(g.id()).isTrue());
  }

  @Test
  void draw_fewerRegionsThanCities_putsEachInAnotherCity() {
    SyntheticNetwork n = GENERATOR.draw(request(10, 100, NetworkDesign.DISTRIBUTED, 3, false));

    assertThat(n.regions().stream().map(g -> g.place().id()).distinct()).hasSize(100);
    assertThat(n.regions()).allSatisfy(g -> assertThat(g.id()).isEqualTo("region-" + g.place().id()));
  }

  @Test
  void draw_moreRegionsThanCities_coversEveryCityThenRepeatsTheLargest() {
    int cities = Places.european().size();
    SyntheticNetwork n = GENERATOR.draw(request(10, cities + 200, NetworkDesign.DISTRIBUTED, 3, true));

    assertThat(n.regions().stream().map(g -> g.place().id()).distinct()).hasSize(cities);
    long londonRegions = n.regions().stream().filter(g -> g.place().id().equals("london")).count();
    long corkRegions = n.regions().stream().filter(g -> g.place().id().equals("cork")).count();
    assertThat(londonRegions).isGreaterThan(corkRegions);
    assertThat(n.regions()).anySatisfy(g -> assertThat(g.id()).isEqualTo("region-london-2"));
  }

  @Test
  void draw_demand_loadsTheMachiningCellsToAboutHalf() {
    SyntheticNetwork n = GENERATOR.draw(request(200, 80, NetworkDesign.DISTRIBUTED, 5, false));
    double cncMinutesPerDay = n.regions().stream()
        .mapToDouble(g -> g.housingOrdersPerDay() * 50 + g.bracketOrdersPerDay() * 4 * 15).sum();

    assertThat(cncMinutesPerDay / (400 * 1440.0)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void draw_centralized_hasTheMachinesAndMarketOfDistributedInFewerCities() {
    SyntheticNetwork c = GENERATOR.draw(request(300, 50, NetworkDesign.CENTRALIZED, 11, false));
    SyntheticNetwork d = GENERATOR.draw(request(300, 50, NetworkDesign.DISTRIBUTED, 11, false));

    assertThat(c.sites().stream().mapToInt(SyntheticNetwork.Site::cncMachines).sum()).isEqualTo(600);
    assertThat(c.sites()).allSatisfy(s -> assertThat(s.kind()).isEqualTo("plant"));
    assertThat(c.regions()).isEqualTo(d.regions());
    assertThat(c.sites().stream().map(s -> s.place().id()).distinct().count())
        .isLessThan(d.sites().stream().map(s -> s.place().id()).distinct().count());
    SyntheticNetwork.Site london = c.sites().stream().filter(s -> s.place().id().equals("london")).findFirst()
        .orElseThrow();
    assertThat(c.sites()).allSatisfy(s -> assertThat(s.cncMachines()).isLessThanOrEqualTo(london.cncMachines()));
  }

  @Test
  void files_csv_importsTheTwoFilesWrittenBesideIt() {
    List<GeneratedFile> f = files(request(20, 10, NetworkDesign.DISTRIBUTED, 1, true));

    assertThat(f.get(0).name()).isEqualTo("synthetic-distributed-20-sites.yaml");
    assertThat(f.get(0).text()).contains("import:\n  nodes: synthetic-distributed-20-sites-sites.csv\n"
        + "  regions: synthetic-distributed-20-sites-demand.csv\n").doesNotContain("\nnodes:");
    assertThat(f.get(1).text().lines().filter(l -> l.startsWith("mf-"))).hasSize(20);
    assertThat(f.get(2).text().lines().filter(l -> l.startsWith("region-"))).hasSize(20);
  }

  @Test
  void files_yamlLargerThanTheLoaderReads_saysToUseCsv() {
    assertThatThrownBy(() -> files(request(20_000, 100, NetworkDesign.DISTRIBUTED, 1, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("synthetic-distributed-20000-sites.yaml would be")
        .hasMessageContaining("add --csv");
  }

  @Test
  void request_outOfBounds_isRejected() {
    assertThatThrownBy(() -> request(0, 1, NetworkDesign.DISTRIBUTED, 1, false))
        .hasMessageContaining("sites must be 1 to 50000");
    assertThatThrownBy(() -> request(1, GeneratorRequest.MAX_REGIONS + 1, NetworkDesign.DISTRIBUTED, 1, false))
        .hasMessageContaining("regions must be 1 to 20000");
  }
}
