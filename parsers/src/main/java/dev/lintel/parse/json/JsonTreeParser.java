package dev.lintel.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.Problem;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.TextRange;
import dev.lintel.parse.LineIndex;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads JSON into the shared {@link Node} tree with exact ranges, in recovery mode: comments and
 * trailing commas are reported as {@code PARSE_ERROR} but the tree is still built. Duplicate
 * keys are reported and kept. The tree is built with an explicit stack, so deep nesting ends in
 * an {@code INPUT_LIMIT_EXCEEDED} problem, never a stack overflow. Never throws for bad input.
 */
public final class JsonTreeParser {

  private static final Pattern SOURCE_REF =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  private final String src;
  private final ParseLimits limits;
  private final LineIndex lines;
  private final JsonGapScanner gaps;
  private final List<Problem> problems = new ArrayList<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Node root;
  private boolean rootDone;
  private int prevEnd;

  private JsonTreeParser(String text, ParseLimits limits) {
    this.src = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.limits = limits;
    this.lines = LineIndex.of(src);
    this.gaps = new JsonGapScanner(src, lines, problems);
  }

  /** Parses {@code text}; the value is null when no JSON value could be recovered. */
  public static Parsed<Node> parse(String text, ParseLimits limits) {
    return new JsonTreeParser(text, limits).run();
  }

  private Parsed<Node> run() {
    try (JsonParser p = factory(limits).createParser(src)) {
      boolean complete = readAll(p);
      if (complete) {
        gaps.scan(prevEnd, src.length(), false);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.parseError(message(e), errorRange(e)));
    }
    closeOpenFrames(src.length());
    if (root == null && problems.isEmpty()) {
      problems.add(Problem.parseError("no JSON value: the document is empty", lines.point(src.length())));
    }
    return new Parsed<>(root, problems);
  }

  /** Reads every token; false when reading stopped early at a limit or extra content. */
  private boolean readAll(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      int start = (int) p.currentTokenLocation().getCharOffset();
      boolean closing = t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY;
      gaps.scan(prevEnd, start, closing);
      if (rootDone) {
        problems.add(Problem.parseError("unexpected content after the JSON value", lines.point(start)));
        return false;
      }
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          if (stack.size() >= limits.maxDepth()) {
            problems.add(Problem.limit("nesting deeper than " + limits.maxDepth()
                + " levels (limit maxDepth)", lines.point(start)));
            return false;
          }
          stack.push(new Frame(t == JsonToken.START_OBJECT, start));
          prevEnd = start + 1;
        }
        case END_OBJECT, END_ARRAY -> {
          prevEnd = start + 1;
          attach(stack.pop().build(lines, prevEnd));
        }
        case FIELD_NAME -> fieldName(p.currentName(), start);
        case VALUE_STRING -> scalar(p.getText(), ScalarNode.Type.STRING, start);
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> scalar(null, ScalarNode.Type.NUMBER, start);
        case VALUE_TRUE, VALUE_FALSE -> scalar(null, ScalarNode.Type.BOOLEAN, start);
        case VALUE_NULL -> scalar(null, ScalarNode.Type.NULL, start);
        default -> problems.add(Problem.parseError("unexpected token " + t, lines.point(start)));
      }
    }
    return true;
  }

  private void fieldName(String name, int start) {
    int end = gaps.tokenEnd(start);
    ScalarNode key = new ScalarNode(name, ScalarNode.Type.STRING, lines.range(start, end));
    Frame frame = stack.peek();
    ScalarNode first = frame.seen.putIfAbsent(name, key);
    if (first != null) {
      problems.add(Problem.parseError("duplicate key '" + name + "' (first at line "
          + first.range().startLine() + ")", key.range()));
    }
    frame.pendingKey = key;
    prevEnd = end;
  }

  private void scalar(String decoded, ScalarNode.Type type, int start) {
    int end = gaps.tokenEnd(start);
    String value = decoded != null ? decoded : src.substring(start, end);
    attach(new ScalarNode(value, type, lines.range(start, end)));
    prevEnd = end;
  }

  private void attach(Node node) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = node;
      rootDone = true;
    } else {
      parent.add(node);
    }
  }

  /** After an error or a limit: closes what is open so the partial tree is kept. */
  private void closeOpenFrames(int end) {
    while (!stack.isEmpty()) {
      attach(stack.pop().build(lines, end));
    }
  }

  private TextRange errorRange(Exception e) {
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation loc = jpe.getLocation();
      long offset = loc.getCharOffset();
      if (offset >= 0) {
        return lines.point((int) Math.min(offset, src.length()));
      }
      if (loc.getLineNr() > 0) {
        return TextRange.point(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
      }
    }
    return lines.point(prevEnd);
  }

  private static String message(Exception e) {
    String msg = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (msg == null || msg.isBlank()) {
      return "invalid JSON";
    }
    msg = SOURCE_REF.matcher(msg).replaceAll("line $1, column $2");
    int nl = msg.indexOf('\n');
    return (nl >= 0 ? msg.substring(0, nl) : msg).trim();
  }

  private static JsonFactory factory(ParseLimits limits) {
    int big = (int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxFileBytes(), 20_000_000L));
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() >= Integer.MAX_VALUE - 16
            ? Integer.MAX_VALUE : limits.maxDepth() + 16)
        .maxStringLength(big)
        .maxNameLength(big)
        .maxNumberLength(big)
        .build();
    return JsonFactory.builder()
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .streamReadConstraints(constraints)
        .build();
  }

  /** An object or array being read. */
  private static final class Frame {
    final boolean object;
    final int start;
    final List<MappingNode.Entry> entries = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    final Map<String, ScalarNode> seen = new HashMap<>();
    ScalarNode pendingKey;

    Frame(boolean object, int start) {
      this.object = object;
      this.start = start;
    }

    void add(Node node) {
      if (object) {
        if (pendingKey != null) {
          entries.add(new MappingNode.Entry(pendingKey, node));
          pendingKey = null;
        }
      } else {
        items.add(node);
      }
    }

    Node build(LineIndex lines, int end) {
      TextRange range = lines.range(start, end);
      if (!object) {
        return new SequenceNode(items, range);
      }
      if (entries.size() == 1 && IntrinsicNode.isFunctionName(entries.get(0).name())) {
        return new IntrinsicNode(entries.get(0).name(), entries.get(0).value(), range);
      }
      return new MappingNode(entries, range);
    }
  }
}
