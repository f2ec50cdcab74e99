package dev.lintel.rules.iam;

import dev.lintel.model.EditDistance;
import dev.lintel.model.policy.PolicyValue;
import dev.lintel.model.policy.Statement;
import dev.lintel.parse.data.IamCatalogue;
import dev.lintel.parse.data.IamCatalogue.AccessLevel;
import dev.lintel.parse.data.IamCatalogue.Action;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Statement actions resolved against the IAM catalogue (RULES.md §2.5): Action entries expanded
 * with their wildcards, NotAction as the complement. Values that depend on unresolved template
 * input are left out, so callers never judge an unknown.
 */
public final class IamActions {

  /** The action classes of RULES.md §2.5, in message order. */
  public enum ActionClass {
    READ("read"), WRITE("write"), PERMISSIONS("permissions management");

    private final String label;

    ActionClass(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** read = List + Read, write = Write + Tagging, permissions management. */
    public static ActionClass of(AccessLevel level) {
      return level.isRead() ? READ : level.isWrite() ? WRITE : PERMISSIONS;
    }
  }

  private IamActions() {}

  public static IamCatalogue catalogue() {
    return IamCatalogue.get();
  }

  /**
   * The access classes of the actions a statement allows (catalogue access levels); every class
   * when no action is known (e.g. all unresolved template values).
   */
  public static EnumSet<ActionClass> classes(Statement st) {
    EnumSet<ActionClass> out = EnumSet.noneOf(ActionClass.class);
    for (Action a : of(st)) {
      out.add(ActionClass.of(a.accessLevel()));
    }
    return out.isEmpty() ? EnumSet.allOf(ActionClass.class) : out;
  }

  /**
   * The catalogue actions the statement names: Action entries expanded, or the NotAction
   * complement; none for a statement with both (IAM rejects it: IAM_POLICY_MALFORMED reports it,
   * and no other rule should guess which element was meant).
   */
  public static Set<Action> of(Statement st) {
    if (st.has("Action") && st.has("NotAction")) {
      return Set.of();
    }
    if (st.has("NotAction")) {
      List<String> excluded = st.notActions().stream().filter(PolicyValue::known).map(PolicyValue::text).toList();
      return new LinkedHashSet<>(catalogue().complement(excluded));
    }
    Set<Action> out = new LinkedHashSet<>();
    for (PolicyValue v : st.actions()) {
      if (v.known()) {
        out.addAll(catalogue().expand(v.text()));
      }
    }
    return out;
  }

  /** True when an Action or NotAction value could not be resolved (template input). */
  public static boolean hasUnknown(Statement st) {
    return st.actions().stream().anyMatch(v -> !v.known()) || st.notActions().stream().anyMatch(v -> !v.known());
  }

  /** True when the statement's Action is {@code *} or {@code *:*}, or it uses NotAction. */
  public static boolean allOrComplement(Statement st) {
    return st.has("NotAction") || st.actions().stream().anyMatch(v -> v.is("*") || v.is("*:*"));
  }

  /** {@code a, b, c and N more}: at most {@code max} full action names. */
  public static String list(Collection<Action> actions, int max) {
    List<String> names = actions.stream().map(Action::fullName).toList();
    String shown = names.stream().limit(max).collect(Collectors.joining(", "));
    return names.size() > max ? shown + " and " + (names.size() - max) + " more" : shown;
  }

  /**
   * True when a Resource entry names every resource of its kind: {@code *}, or an ARN whose region,
   * account and resource id are empty or only wildcards ({@code arn:aws:s3:::*},
   * {@code arn:*:cloudtrail:*:*:trail/*}).
   */
  public static boolean effectivelyStar(String resource) {
    if (resource.equals("*")) {
      return true;
    }
    String[] f = resource.split(":", 6);
    if (f.length < 6 || !f[0].equals("arn") || !wild(f[3]) || !wild(f[4])) {
      return false;
    }
    String id = f[5];
    int sep = firstSeparator(id);
    if (sep > 0 && isTypePrefix(f[2], id.substring(0, sep + 1))) {
      id = id.substring(sep + 1);
    }
    return !id.isEmpty() && wild(id);
  }

  /** True when a catalogue ARN format of the service starts its resource part with {@code prefix}. */
  private static boolean isTypePrefix(String service, String prefix) {
    IamCatalogue.Service s = catalogue().service(service);
    return s != null && s.resourceTypes().stream().anyMatch(t -> {
      String[] f = t.arn().format().split(":", 6);
      return f.length == 6 && f[5].startsWith(prefix);
    });
  }

  private static int firstSeparator(String s) {
    int slash = s.indexOf('/');
    int colon = s.indexOf(':');
    return slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
  }

  private static boolean wild(String s) {
    return s.chars().allMatch(c -> c == '*' || c == '?');
  }

  /** The candidate closest to {@code target} (case-insensitive) within {@code maxDistance}, or null. */
  public static String closest(String target, Collection<String> candidates, int maxDistance) {
    return EditDistance.closest(target, candidates, maxDistance);
  }

  /** The names of the catalogue's service prefixes. */
  static List<String> prefixes() {
    List<String> out = new ArrayList<>();
    catalogue().services().forEach(s -> out.add(s.prefix()));
    return out;
  }
}
