package dev.lintel.parse.yaml;

import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.parse.LineIndex;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML stream into one {@link Node} tree per document with exact ranges, using
 * SnakeYAML's composer (tags, marks and duplicate keys are kept; no implicit typing is
 * applied). CloudFormation short-form tags become {@code IntrinsicNode}s. Syntax errors,
 * duplicate keys and recursive aliases are {@code PARSE_ERROR} problems; nesting and alias
 * expansion beyond the {@link ParseLimits} are {@code INPUT_LIMIT_EXCEEDED}. Documents before an
 * error are kept. Never throws for bad input.
 */
public final class YamlTreeParser {

  private static final String NESTING = "Nesting Depth exceeded";

  private YamlTreeParser() {}

  /** Parses every document of {@code text}; an empty stream gives an empty list. */
  public static Parsed<List<Node>> parse(String text, ParseLimits limits) {
    String src = text.startsWith("\uFEFF") ? text.substring(1) : text;
    LineIndex lines = LineIndex.of(src);
    YamlPositions positions = new YamlPositions(src, lines, CodePointOffsets.of(src));
    List<Problem> problems = new ArrayList<>();
    List<Node> documents = new ArrayList<>();
    LoaderOptions options = options(limits, src);
    ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(src)), options);
    Composer composer = new Composer(parser, new Resolver(), options);
    while (true) {
      org.yaml.snakeyaml.nodes.Node document;
      try {
        if (!composer.checkNode()) {
          break;
        }
        document = composer.getNode();
      } catch (RuntimeException | StackOverflowError e) {
        problems.add(problem(e, parser, positions, limits));
        break;
      }
      Node converted = new YamlConverter(positions, limits, problems).convertDocument(document);
      if (converted != null) {
        documents.add(converted);
      }
    }
    return new Parsed<>(documents, problems);
  }

  private static LoaderOptions options(ParseLimits limits, String src) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE - 1,
        Math.max(limits.maxFileBytes(), src.length()) + 1));
    options.setMaxAliasesForCollections(Integer.MAX_VALUE);
    options.setAllowRecursiveKeys(false);
    options.setMergeOnCompose(false);
    return options;
  }

  private static Problem problem(Throwable e, ParserImpl parser, YamlPositions positions,
      ParseLimits limits) {
    String raw = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof StackOverflowError || raw.startsWith(NESTING)) {
      return Problem.limit("nesting deeper than " + limits.maxDepth()
          + " levels (limit maxDepth)", currentRange(parser, positions));
    }
    if (e instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      TextRange range = mark != null ? positions.point(mark) : currentRange(parser, positions);
      return Problem.parseError(clean(m.getProblem(), m.getContext()), range);
    }
    return Problem.parseError(clean(raw, null), currentRange(parser, positions));
  }

  /** Where the parser stands, for exceptions that carry no mark. */
  private static TextRange currentRange(ParserImpl parser, YamlPositions positions) {
    try {
      Event next = parser.peekEvent();
      if (next != null && next.getStartMark() != null) {
        return positions.point(next.getStartMark());
      }
    } catch (RuntimeException | StackOverflowError ignored) {
      // the parser cannot go on; fall back to the file start
    }
    return TextRange.fileStart();
  }

  private static String clean(String problem, String context) {
    String text = problem == null || problem.isBlank() ? "invalid YAML" : problem;
    if (context != null && !context.isBlank()) {
      text = text + " (" + context + ")";
    }
    int at = text.indexOf(" in 'reader'");
    if (at >= 0) {
      text = text.substring(0, at);
    }
    return text.replaceAll("\\s+", " ").trim();
  }
}
