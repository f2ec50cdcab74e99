package dev.lintel.bench;

import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.cors.CorsXmlParser;
import dev.lintel.parse.fstab.FstabParser;
import dev.lintel.parse.json.JsonTreeParser;
import dev.lintel.parse.nginx.NginxParser;
import dev.lintel.parse.yaml.YamlTreeParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each parser over a realistic input set held in memory: the JSON and YAML templates of
 * {@code cfn-templates}, the nginx files of {@code gixy} and {@code nginx-h5bp}, a 100-rule CORS
 * XML document and a 1,000-line fstab. Times are per whole set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

  private List<String> json;
  private List<String> yaml;
  private List<Path> nginxFiles;
  private List<String> nginx;
  private String corsXml;
  private String fstab;

  @Setup
  public void load() {
    Path corpus = BenchCorpus.corpus();
    json = BenchCorpus.files(corpus.resolve("cfn-templates"), ".json").stream().map(BenchCorpus::read).toList();
    yaml = BenchCorpus.files(corpus.resolve("cfn-templates"), ".yaml", ".yml").stream().map(BenchCorpus::read).toList();
    nginxFiles = new ArrayList<>(BenchCorpus.files(corpus.resolve("gixy"), ".conf"));
    nginxFiles.addAll(BenchCorpus.files(corpus.resolve("nginx-h5bp"), ".conf"));
    nginx = nginxFiles.stream().map(BenchCorpus::read).toList();
    StringBuilder xml = new StringBuilder("<CORSConfiguration>\n");
    for (int i = 0; i < 100; i++) {
      xml.append("  <CORSRule><AllowedOrigin>https://app").append(i).append(".example.com</AllowedOrigin>")
          .append("<AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod>")
          .append("<AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>\n");
    }
    corsXml = xml.append("</CORSConfiguration>\n").toString();
    StringBuilder tab = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      tab.append("fs-0123456789abcdef0.efs.us-east-1.amazonaws.com:/ /mnt/efs").append(i)
          .append(" nfs4 nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev 0 0\n");
    }
    fstab = tab.toString();
  }

  @Benchmark
  public void jsonTemplates(Blackhole bh) {
    for (String t : json) {
      bh.consume(JsonTreeParser.parse(t, ParseLimits.DEFAULT));
    }
  }

  @Benchmark
  public void yamlTemplates(Blackhole bh) {
    for (String t : yaml) {
      bh.consume(YamlTreeParser.parse(t, ParseLimits.DEFAULT));
    }
  }

  @Benchmark
  public void nginxConfigs(Blackhole bh) {
    for (int i = 0; i < nginx.size(); i++) {
      bh.consume(NginxParser.parse(nginxFiles.get(i), nginx.get(i), ParseLimits.DEFAULT, null));
    }
  }

  @Benchmark
  public void corsXml100Rules(Blackhole bh) {
    bh.consume(CorsXmlParser.parse(corsXml, ParseLimits.DEFAULT));
  }

  @Benchmark
  public void fstab1000Lines(Blackhole bh) {
    bh.consume(FstabParser.parse(fstab));
  }
}
