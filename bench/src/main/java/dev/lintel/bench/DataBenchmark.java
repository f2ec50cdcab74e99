package dev.lintel.bench;

import dev.lintel.engine.Analysis;
import dev.lintel.engine.AnalysisConfig;
import dev.lintel.parse.data.CfnSpec;
import dev.lintel.parse.data.IamCatalogue;
import dev.lintel.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The shipped data (IAM catalogue and CloudFormation resource specification: load time, cold in
 * fresh JVMs and warm) and the time to check one policy document with every rule.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DataBenchmark {

  private Path policyDir;

  /** One realistic bucket policy (public read, an SSE deny, a TLS deny) in its own folder. */
  @Setup(Level.Trial)
  public void writePolicy() throws IOException {
    policyDir = Files.createTempDirectory("lintel-bench-policy");
    Files.writeString(policyDir.resolve("bucket-policy.json"), """
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject", "s3:List*"],
           "Resource": ["arn:aws:s3:::example", "arn:aws:s3:::example/*"]},
          {"Sid": "DenyWrongSse", "Effect": "Deny", "Principal": "*", "Action": "s3:PutObject",
           "Resource": "arn:aws:s3:::example/*",
           "Condition": {"StringNotEquals": {"s3:x-amz-server-side-encryption": "aws:kms"}}},
          {"Sid": "DenyHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
           "Resource": ["arn:aws:s3:::example", "arn:aws:s3:::example/*"],
           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
        """);
  }

  @TearDown(Level.Trial)
  public void deletePolicy() throws IOException {
    Files.deleteIfExists(policyDir.resolve("bucket-policy.json"));
    Files.deleteIfExists(policyDir);
  }

  /** First load in a fresh JVM: class loading, decompression and parsing (the CLI's cost). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Object iamCatalogueColdLoad() {
    return IamCatalogue.loadFresh().expand("s3:Get*");
  }

  /** Re-reading the catalogue in a warm JVM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Object iamCatalogueWarmLoad() {
    return IamCatalogue.loadFresh().expand("s3:Get*");
  }

  /** First load of the CloudFormation resource specification in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Object cfnSpecColdLoad() {
    return CfnSpec.loadFresh().resourceType("AWS::S3::Bucket");
  }

  /** Re-reading the resource specification in a warm JVM. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public Object cfnSpecWarmLoad() {
    return CfnSpec.loadFresh().resourceType("AWS::S3::Bucket");
  }

  /** Reading, parsing and checking one bucket policy with every rule (warm). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public void checkOnePolicy(Blackhole bh) {
    bh.consume(Analysis.run(AnalysisConfig.builder().paths(List.of(policyDir)).root(policyDir)
        .rules(BuiltInRules.all()).jobs(1).build()));
  }
}
