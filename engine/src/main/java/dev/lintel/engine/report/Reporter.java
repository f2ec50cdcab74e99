package dev.lintel.engine.report;

import dev.lintel.engine.AnalysisResult;
import java.io.IOException;
import java.io.Writer;

/** Writes an {@link AnalysisResult} in one output format. Implementations are stateless. */
public interface Reporter {

  void write(AnalysisResult result, Writer out) throws IOException;
}
