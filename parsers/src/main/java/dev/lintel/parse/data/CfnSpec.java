package dev.lintel.parse.data;

import dev.lintel.model.EditDistance;
import dev.lintel.model.Lazy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource specification shipped in the jar (DESIGN §7, RULES.md §2.4):
 * resource types with their {@code Fn::GetAtt} attributes and properties (type, required flag),
 * and the nested property types each resource uses; {@code AWS::Serverless::*} types come from
 * the hand-maintained SAM view (top-level property names and required ones only). Loaded once per
 * process on first use ({@link #get()}), immutable and thread-safe afterwards.
 *
 * <p>The resource {@code lintel/data/cfn-spec.txt.gz} is written by {@code tools/update-cfn-spec.sh}:
 * UTF-8 lines of tab-separated fields. {@code source} names the package, version, publication
 * date and licence; {@code sam} the SAM view's date. {@code R type attributes [sam]} opens a
 * resource type (attributes comma-separated), followed by its {@code P name type [r]} lines and
 * then {@code T name} lines, each opening a nested type with its own {@code P} lines. A type is
 * {@code s i n b j d t} (string, integer, number, boolean, free-form JSON, timestamp, tag),
 * {@code L}type (list), {@code M}type (map with string keys), {@code @}Name (nested type of the
 * same resource) or {@code (}type{@code |}type...{@code )} (any of them); {@code r} marks a
 * required property.
 *
 * <p>The owned properties (RULES.md §3.4) are read from {@code lintel/data/cfn-owned-properties.tsv}.
 */
public final class CfnSpec {

  /** What a property holds. */
  public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, JSON, TIMESTAMP, TAG, LIST, MAP, NESTED, UNION }

  /**
   * The type of a property: a primitive, a list or map of {@link #element()}, a nested type named
   * {@link #nested()}, or a union of {@link #alternatives()}.
   */
  public record PropertyType(Kind kind, PropertyType element, String nested, List<PropertyType> alternatives) {

    /** True when a mapping value of this type has named properties to check. */
    public boolean isObject() {
      return kind == Kind.NESTED || kind == Kind.TAG;
    }

    /** This type and, for a union, each alternative. */
    public List<PropertyType> choices() {
      return kind == Kind.UNION ? alternatives : List.of(this);
    }
  }

  /** One property of a resource type or nested type. */
  public record Property(String name, PropertyType type, boolean required) {}

  /** The properties of the standard resource tag ({@code Key}, {@code Value}). */
  public static final Map<String, Property> TAG_PROPERTIES = Map.of(
      "Key", new Property("Key", new PropertyType(Kind.STRING, null, null, List.of()), false),
      "Value", new Property("Value", new PropertyType(Kind.STRING, null, null, List.of()), false));

  /** One resource type; its properties and nested types are parsed on first use. */
  public static final class ResourceType {
    private final String name;
    private final List<String> attributes;
    private final boolean sam;
    private final String text;
    private final int start;
    private final int end;
    private final Lazy<Body> body = Lazy.of(this::parseBody);

    private record Body(Map<String, Property> properties, Map<String, Map<String, Property>> nested) {}

    ResourceType(String name, List<String> attributes, boolean sam, String text, int start, int end) {
      this.name = name;
      this.attributes = attributes;
      this.sam = sam;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    public String name() {
      return name;
    }

    /** The attribute names {@code Fn::GetAtt} accepts (some contain dots, e.g. {@code Endpoint.Address}). */
    public List<String> attributes() {
      return attributes;
    }

    /** True for the SAM types, whose properties are known by name only (no nested types). */
    public boolean isSam() {
      return sam;
    }

    /** The top-level properties by name, in name order. */
    public Map<String, Property> properties() {
      return body().properties();
    }

    public Property property(String name) {
      return body().properties().get(name);
    }

    /** The properties of the nested type {@code typeName} of this resource, or null. */
    public Map<String, Property> nestedType(String typeName) {
      return body().nested().get(typeName);
    }

    /** The properties a mapping of {@code type} may have: its nested type's, the tag's, or null. */
    public Map<String, Property> propertiesOf(PropertyType type) {
      if (type.kind() == Kind.TAG) {
        return TAG_PROPERTIES;
      }
      return type.kind() == Kind.NESTED ? nestedType(type.nested()) : null;
    }

    private Body body() {
      return body.get();
    }

    private Body parseBody() {
      Map<String, Property> top = new LinkedHashMap<>();
      Map<String, Map<String, Property>> nested = new HashMap<>();
      Map<String, Property> current = top;
      int pos = start;
      while (pos < end) {
        int eol = text.indexOf('\n', pos);
        String[] f = fields(text, pos, eol);
        if (f[0].equals("T")) {
          current = new LinkedHashMap<>();
          nested.put(f[1], current);
        } else if (f[0].equals("P")) {
          int[] at = {0};
          current.put(f[1], new Property(f[1], parseType(f[2], at), f.length > 3 && f[3].equals("r")));
        }
        pos = eol + 1;
      }
      nested.replaceAll((k, v) -> Collections.unmodifiableMap(v));
      return new Body(Collections.unmodifiableMap(top), Collections.unmodifiableMap(nested));
    }
  }

  private static final String RESOURCE = "/lintel/data/cfn-spec.txt.gz";
  private static final String OWNED = "/lintel/data/cfn-owned-properties.tsv";

  private final String source;
  private final String samSource;
  private final Map<String, ResourceType> types = new LinkedHashMap<>();
  private final Map<String, String> owned = new HashMap<>();

  private static final class Holder {
    static final CfnSpec INSTANCE = load();
  }

  private CfnSpec(String source, String samSource) {
    this.source = source;
    this.samSource = samSource;
  }

  /** The specification, loaded on first call. */
  public static CfnSpec get() {
    return Holder.INSTANCE;
  }

  /** Where the data comes from, e.g. {@code @aws-cdk/aws-service-spec 0.1.216 (2026-09-29)}. */
  public String source() {
    return source;
  }

  /** The date of the hand-maintained SAM view. */
  public String samSource() {
    return samSource;
  }

  /** Every resource type, in name order. */
  public Collection<ResourceType> resourceTypes() {
    return Collections.unmodifiableCollection(types.values());
  }

  /** The resource type named exactly {@code name}, or null. */
  public ResourceType resourceType(String name) {
    return types.get(name);
  }

  /**
   * The rule that owns {@code property} of the nested type {@code nestedType} (null for the top
   * level) of {@code resourceType}, or null: generic spec rules skip owned properties.
   */
  public String owner(String resourceType, String nestedType, String property) {
    return owned.get(resourceType + "\t" + (nestedType == null ? "-" : nestedType) + "\t" + property);
  }

  /**
   * The candidate closest to {@code name} by edit distance (case-insensitive), when it is within
   * {@code max(2, length / 3)} edits; else null.
   */
  public static String closest(String name, Collection<String> candidates) {
    return EditDistance.closest(name, candidates, Math.max(2, name.length() / 3));
  }

  /**
   * Reads the specification from the classpath again, bypassing the process-wide instance: for
   * benchmarks of the load itself. Everything else uses {@link #get()}.
   */
  public static CfnSpec loadFresh() {
    return load();
  }

  private static CfnSpec load() {
    InputStream in = CfnSpec.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("CloudFormation specification missing from the classpath: " + RESOURCE);
    }
    CfnSpec spec;
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      spec = parse(new String(gz.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CloudFormation specification " + RESOURCE, e);
    }
    spec.readOwned();
    return spec;
  }

  /** Reads the header and each resource's R line; P and T lines wait for first use. */
  private static CfnSpec parse(String text) {
    if (!text.startsWith("lintel-cfn-spec\t1\n")) {
      throw new IllegalStateException("unsupported CloudFormation specification format");
    }
    int pos = text.indexOf('\n') + 1;
    String source = null;
    String sam = null;
    while (pos < text.length() && text.charAt(pos) != 'R') {
      int eol = text.indexOf('\n', pos);
      String[] f = fields(text, pos, eol);
      if (f[0].equals("source")) {
        source = f[1] + " " + f[2] + " (" + f[3] + ")";
      } else if (f[0].equals("sam")) {
        sam = f[2];
      }
      pos = eol + 1;
    }
    CfnSpec spec = new CfnSpec(source, sam);
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      String[] f = fields(text, pos, eol);
      int next = text.indexOf("\nR\t", eol - 1);
      int end = next < 0 ? text.length() : next + 1;
      List<String> attrs = f[2].isEmpty() ? List.of() : List.of(f[2].split(","));
      spec.types.put(f[1], new ResourceType(f[1], attrs, f.length > 3 && f[3].equals("sam"), text, eol + 1, end));
      pos = end;
    }
    return spec;
  }

  private void readOwned() {
    InputStream in = CfnSpec.class.getResourceAsStream(OWNED);
    if (in == null) {
      return;
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        owned.put(f[0] + "\t" + f[1] + "\t" + f[2], f[3]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OWNED, e);
    }
  }

  /** Parses one type expression starting at {@code at[0]}, advancing it. */
  static PropertyType parseType(String s, int[] at) {
    char c = s.charAt(at[0]++);
    switch (c) {
      case 'L':
        return new PropertyType(Kind.LIST, parseType(s, at), null, List.of());
      case 'M':
        return new PropertyType(Kind.MAP, parseType(s, at), null, List.of());
      case '@': {
        int from = at[0];
        while (at[0] < s.length() && s.charAt(at[0]) != '|' && s.charAt(at[0]) != ')') {
          at[0]++;
        }
        return new PropertyType(Kind.NESTED, null, s.substring(from, at[0]), List.of());
      }
      case '(': {
        List<PropertyType> alts = new ArrayList<>(3);
        do {
          alts.add(parseType(s, at));
        } while (s.charAt(at[0]++) == '|');
        return new PropertyType(Kind.UNION, null, null, List.copyOf(alts));
      }
      default:
        return new PropertyType(primitive(c), null, null, List.of());
    }
  }

  private static Kind primitive(char c) {
    return switch (c) {
      case 's' -> Kind.STRING;
      case 'i' -> Kind.INTEGER;
      case 'n' -> Kind.NUMBER;
      case 'b' -> Kind.BOOLEAN;
      case 'j' -> Kind.JSON;
      case 'd' -> Kind.TIMESTAMP;
      case 't' -> Kind.TAG;
      default -> throw new IllegalStateException("unknown property type code " + c);
    };
  }

  /** The tab-separated fields of the line {@code text[start, end)}. */
  private static String[] fields(String text, int start, int end) {
    List<String> out = new ArrayList<>(4);
    int s = start;
    while (true) {
      int tab = text.indexOf('\t', s);
      if (tab < 0 || tab > end) {
        out.add(text.substring(s, end));
        return out.toArray(new String[0]);
      }
      out.add(text.substring(s, tab));
      s = tab + 1;
    }
  }
}
