package dev.lintel.engine.report.sarif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.lintel.engine.report.PrettyJson;

/**
 * Serializes java-sarif's POJOs. Their generated {@code @JsonInclude(NON_DEFAULT)} would drop
 * values that equal the schema defaults (a {@code warning} level, for one); it is ignored, and
 * nulls and empty collections are left out instead, except
 * {@code run.results}: an empty array there means "analysed, found nothing".
 */
final class SarifJson {

  private static final ObjectWriter WRITER = new ObjectMapper()
      .setAnnotationIntrospector(new IgnoreGeneratedInclusion())
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
      .writer(PrettyJson.printer());

  private SarifJson() {}

  static ObjectWriter writer() {
    return WRITER;
  }

  private static final class IgnoreGeneratedInclusion extends JacksonAnnotationIntrospector {

    private static final long serialVersionUID = 1L;
    private static final JsonInclude.Value ALWAYS =
        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);

    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      boolean runResults = a instanceof AnnotatedMember m
          && m.getDeclaringClass() == Run.class
          && (m.getName().equals("results") || m.getName().equals("getResults"));
      return runResults ? ALWAYS : JsonInclude.Value.empty();
    }
  }
}
