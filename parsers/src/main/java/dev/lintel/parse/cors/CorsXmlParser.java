package dev.lintel.parse.cors;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import dev.lintel.model.Problem;
import dev.lintel.model.TextRange;
import dev.lintel.model.Token;
import dev.lintel.model.cors.CorsConfiguration;
import dev.lintel.model.cors.CorsRule;
import dev.lintel.parse.LineIndex;
import dev.lintel.parse.ParseLimits;
import dev.lintel.parse.Parsed;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an S3 CORS configuration written as XML ({@code <CORSConfiguration>}, namespace and XML
 * declaration optional) with a hardened Woodstox StAX reader: DTD support, external entities and
 * entity replacement are off, every resolver refuses, and Woodstox's size limits apply. A
 * document that declares a DOCTYPE (and so any entity) or references an entity is refused with
 * {@code INPUT_LIMIT_EXCEEDED}; nothing outside the given text is ever read. StAX has no XInclude
 * support, so {@code xi:include} is just an unknown element.
 *
 * <p>Value tokens carry the decoded, trimmed element text; their range covers that text as
 * written, or the start tag when the text is empty. Elements that the S3 format does not define,
 * and non-blank stray text (as a token named {@code #text}), become
 * {@link CorsRule#unknownElements()}. Those found directly under {@code CORSConfiguration} are
 * attached to the preceding rule (to the first rule when they come before it) and dropped when
 * the document has no rule at all. Unknown element tokens carry the local name and the start
 * tag's range.
 */
public final class CorsXmlParser {

  static final String ROOT = "CORSConfiguration";
  static final String RULE = "CORSRule";

  private CorsXmlParser() {}

  /** Parses {@code text}; {@code limits} null means {@link ParseLimits#DEFAULT}. Never throws. */
  public static Parsed<CorsConfiguration> parse(String text, ParseLimits limits) {
    String src = text == null ? "" : text;
    if (src.startsWith("\uFEFF")) {
      src = src.substring(1);
    }
    LineIndex lines = LineIndex.of(src);
    ParseLimits lim = limits == null ? ParseLimits.DEFAULT : limits;
    try {
      XMLStreamReader reader = factory(lim).createXMLStreamReader(new StringReader(src));
      try {
        return new Parsed<>(new Reader(reader, lines, src).read(), List.of());
      } finally {
        reader.close();
      }
    } catch (Refused r) {
      return Parsed.failed(r.problem);
    } catch (XMLStreamException e) {
      return Parsed.failed(syntaxProblem(e.getMessage(), e.getLocation(), lines));
    } catch (RuntimeException e) {
      Location loc = e.getCause() instanceof XMLStreamException x ? x.getLocation() : null;
      return Parsed.failed(syntaxProblem(String.valueOf(e.getMessage()), loc, lines));
    }
  }

  /** A StAX factory that never reads DTDs, entities or anything but the given text. */
  static XMLInputFactory factory(ParseLimits limits) {
    XMLInputFactory f = new WstxInputFactory();
    XMLResolver refuse = (publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    };
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    f.setProperty(XMLInputFactory.RESOLVER, refuse);
    f.setProperty(WstxInputProperties.P_DTD_RESOLVER, refuse);
    f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, refuse);
    f.setProperty(WstxInputProperties.P_UNDECLARED_ENTITY_RESOLVER, refuse);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, Math.max(8, limits.maxDepth()));
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1000L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 100);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1024 * 1024);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, 1_000_000L);
    long maxChars = Math.max(1024L, Math.min(limits.maxFileBytes(), Integer.MAX_VALUE));
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, maxChars);
    return f;
  }

  static Problem syntaxProblem(String rawMessage, Location loc, LineIndex lines) {
    String message = rawMessage;
    int at = message.indexOf("\n at [");
    if (at >= 0) {
      message = message.substring(0, at);
    }
    message = message.strip();
    TextRange range;
    if (loc != null && loc.getCharacterOffset() >= 0 && loc.getCharacterOffset() <= lines.length()) {
      range = lines.point(loc.getCharacterOffset());
    } else if (loc != null && loc.getLineNumber() > 0) {
      range = TextRange.point(loc.getLineNumber(), loc.getColumnNumber());
    } else {
      range = TextRange.fileStart();
    }
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("limit") && lower.contains("exceed")) {
      return Problem.limit("XML input limit exceeded: " + message, range);
    }
    return Problem.parseError("Invalid XML: " + message, range);
  }

  /** Stops the parse with a problem (a refused DTD or entity). */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Walks one document; keeps no state between parses. */
  private static final class Reader {
    private final XMLStreamReader r;
    private final LineIndex lines;
    private final String src;
    private final List<RuleBuilder> rules = new ArrayList<>();
    private final List<Token> strayUnknown = new ArrayList<>();
    private final List<Integer> strayRuleIndex = new ArrayList<>();

    Reader(XMLStreamReader r, LineIndex lines, String src) {
      this.r = r;
      this.lines = lines;
      this.src = src;
    }

    CorsConfiguration read() throws XMLStreamException {
      int ev = r.getEventType();
      while (ev != XMLStreamConstants.START_ELEMENT) {
        if (ev == XMLStreamConstants.END_DOCUMENT) {
          throw new Refused(Problem.parseError("Invalid XML: no root element", TextRange.fileStart()));
        }
        ev = next();
      }
      TextRange rootTag = startTag();
      if (!ROOT.equals(r.getLocalName())) {
        throw new Refused(Problem.parseError("Root element <" + r.getLocalName()
            + "> is not <" + ROOT + ">", rootTag));
      }
      readConfiguration();
      while (r.hasNext()) {
        next();
      }
      return new CorsConfiguration(CorsConfiguration.Carrier.S3_XML, rootTag, build(), null);
    }

    private void readConfiguration() throws XMLStreamException {
      while (true) {
        int ev = next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          if (RULE.equals(r.getLocalName())) {
            rules.add(readRule());
          } else {
            addStray(unknownElement());
          }
        } else if (isText(ev)) {
          Token t = strayText();
          if (t != null) {
            addStray(t);
          }
        }
      }
    }

    private void addStray(Token t) {
      strayUnknown.add(t);
      strayRuleIndex.add(Math.max(0, rules.size() - 1));
    }

    private RuleBuilder readRule() throws XMLStreamException {
      RuleBuilder rule = new RuleBuilder(startTag());
      while (true) {
        int ev = next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          return rule;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (RuleBuilder.isField(name)) {
            rule.set(name, value(rule.unknown));
          } else {
            rule.unknown.add(unknownElement());
          }
        } else if (isText(ev)) {
          Token t = strayText();
          if (t != null) {
            rule.unknown.add(t);
          }
        }
      }
    }

    /** Reads a value element; nested elements are recorded as unknown. */
    private Token value(List<Token> unknown) throws XMLStreamException {
      TextRange tag = startTag();
      int contentStart = startTagEnd(offset());
      StringBuilder text = new StringBuilder();
      while (true) {
        int ev = next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          break;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          unknown.add(unknownElement());
        } else if (isText(ev)) {
          text.append(r.getText());
        }
      }
      String value = text.toString().strip();
      int contentEnd = Math.max(contentStart, offset());
      int s = contentStart;
      int e = contentEnd;
      while (s < e && Character.isWhitespace(src.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(src.charAt(e - 1))) {
        e--;
      }
      return new Token(value, value.isEmpty() || s == e ? tag : lines.range(s, e));
    }

    /** Records the current element as unknown and skips its content. */
    private Token unknownElement() throws XMLStreamException {
      Token t = new Token(r.getLocalName(), startTag());
      int depth = 1;
      while (depth > 0) {
        int ev = next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return t;
    }

    /** A {@code #text} token for non-blank text where only elements belong, else null. */
    private Token strayText() {
      String t = r.getText();
      if (t == null || t.isBlank()) {
        return null;
      }
      int start = offset();
      int end = Math.min(src.length(), start + r.getTextLength());
      int s = start;
      while (s < end && Character.isWhitespace(src.charAt(s))) {
        s++;
      }
      int e = src.indexOf('<', s);
      e = e < 0 ? src.length() : e;
      while (e > s && Character.isWhitespace(src.charAt(e - 1))) {
        e--;
      }
      return new Token("#text", s < e ? lines.range(s, e) : lines.point(start));
    }

    private int next() throws XMLStreamException {
      int ev = r.next();
      if (ev == XMLStreamConstants.DTD) {
        int start = offset();
        int end = doctypeEnd(start);
        throw new Refused(Problem.limit("XML entity and DTD declarations are refused: the"
            + " document declares a DOCTYPE, which Lintel never processes (XXE and entity"
            + " expansion risk)", lines.range(start, end)));
      }
      if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
        int start = offset();
        int end = src.indexOf(';', start);
        throw new Refused(Problem.limit("XML entity references are refused: &" + r.getLocalName()
            + ";", lines.range(start, end < 0 ? start + 1 : end + 1)));
      }
      return ev;
    }

    private static boolean isText(int ev) {
      return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE;
    }

    private int offset() {
      return Math.max(0, Math.min(r.getLocation().getCharacterOffset(), src.length()));
    }

    private TextRange startTag() {
      int start = offset();
      return lines.range(start, startTagEnd(start));
    }

    /** The offset just past the {@code >} of the tag starting at {@code start}. */
    private int startTagEnd(int start) {
      char quote = 0;
      for (int i = start; i < src.length(); i++) {
        char c = src.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          return i + 1;
        }
      }
      return src.length();
    }

    /** The offset just past a DOCTYPE declaration, internal subset included. */
    private int doctypeEnd(int start) {
      char quote = 0;
      boolean subset = false;
      for (int i = start; i < src.length(); i++) {
        char c = src.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '[') {
          subset = true;
        } else if (c == ']') {
          subset = false;
        } else if (c == '>' && !subset) {
          return i + 1;
        }
      }
      return src.length();
    }

    private List<CorsRule> build() {
      for (int i = 0; i < strayUnknown.size() && !rules.isEmpty(); i++) {
        rules.get(strayRuleIndex.get(i)).unknown.add(strayUnknown.get(i));
      }
      List<CorsRule> out = new ArrayList<>(rules.size());
      for (RuleBuilder b : rules) {
        out.add(b.build());
      }
      return out;
    }
  }

  /** Collects the fields of one {@code <CORSRule>}. */
  private static final class RuleBuilder {
    private final TextRange anchor;
    private final List<Token> origins = new ArrayList<>();
    private final List<Token> methods = new ArrayList<>();
    private final List<Token> allowedHeaders = new ArrayList<>();
    private final List<Token> exposeHeaders = new ArrayList<>();
    private final List<Token> unknown = new ArrayList<>();
    private Token maxAge;
    private Token id;

    RuleBuilder(TextRange anchor) {
      this.anchor = anchor;
    }

    static boolean isField(String name) {
      return switch (name) {
        case "AllowedOrigin", "AllowedMethod", "AllowedHeader", "ExposeHeader", "MaxAgeSeconds", "ID" -> true;
        default -> false;
      };
    }

    void set(String name, Token value) {
      switch (name) {
        case "AllowedOrigin" -> origins.add(value);
        case "AllowedMethod" -> methods.add(value);
        case "AllowedHeader" -> allowedHeaders.add(value);
        case "ExposeHeader" -> exposeHeaders.add(value);
        case "MaxAgeSeconds" -> maxAge = maxAge == null ? value : maxAge;
        default -> id = id == null ? value : id;
      }
    }

    CorsRule build() {
      List<Token> sorted = new ArrayList<>(unknown);
      sorted.sort(Comparator.comparingInt((Token t) -> t.range().startLine())
          .thenComparingInt(t -> t.range().startColumn()));
      return new CorsRule(anchor, origins, methods, allowedHeaders, exposeHeaders, maxAge, id, sorted);
    }
  }
}
