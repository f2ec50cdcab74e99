package dev.lintel.bench;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.engine.RuleRegistry;
import dev.lintel.parse.FileParser;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.SourceText;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm throughput of a whole corpus: reading and parsing every file (the parse floor) against
 * the full analysis (parse, every rule, suppressions, sorting) on one thread, so the difference
 * is what the rules and the dispatcher cost. Files come from the OS page cache after warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AnalysisBenchmark {

  @Param({"cfn-templates", "gixy", "parliament"})
  public String corpusName;

  private Path dir;
  private List<Path> files;

  @Setup
  public void load() {
    dir = BenchCorpus.corpus().resolve(corpusName);
    files = BenchCorpus.files(dir, ".json", ".yaml", ".yml", ".template", ".conf", ".xml");
  }

  @Benchmark
  public void parseOnly(Blackhole bh) throws IOException {
    for (Path f : files) {
      String text = SourceText.decode(Files.readAllBytes(f));
      bh.consume(FileParser.parse(f, f.toString(), text, null, ParseLimits.DEFAULT, null));
    }
  }

  @Benchmark
  public void fullAnalysis(Blackhole bh) {
    bh.consume(Analysis.run(AnalysisConfig.builder().paths(List.of(dir)).root(dir)
        .rules(BuiltInRules.all()).jobs(1).build()));
  }

  @Benchmark
  public void ruleRegistry(Blackhole bh) {
    bh.consume(new RuleRegistry(BuiltInRules.all()));
  }
}
