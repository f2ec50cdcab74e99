package dev.lintel.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules known to a run, with their metadata and docs. Docs are read from the classpath at
 * {@code lintel/docs/<ID>.md} (the rules module ships {@code rules/docs/} there).
 */
public final class RuleRegistry {

  private final Map<String, RuleInfo> infoById = new LinkedHashMap<>();
  private final Map<String, Rule> ruleById = new LinkedHashMap<>();

  public RuleRegistry(List<Rule> rules) {
    for (Rule rule : rules) {
      RuleMeta meta = rule.getClass().getAnnotation(RuleMeta.class);
      if (meta == null) {
        throw new IllegalArgumentException(rule.getClass().getName() + " has no @RuleMeta");
      }
      if (infoById.containsKey(meta.id())) {
        throw new IllegalArgumentException("duplicate rule id " + meta.id());
      }
      Class<?> owner = rule.getClass();
      infoById.put(meta.id(), RuleInfo.of(meta, RuleInfo.Doc.lazy(() -> doc(owner, meta.id()))));
      ruleById.put(meta.id(), rule);
    }
  }

  /** Every rule's metadata, in registration order. */
  public List<RuleInfo> all() {
    return new ArrayList<>(infoById.values());
  }

  public Rule rule(String id) {
    return ruleById.get(id);
  }

  /** The rule named by {@code idOrAlias}, or null. */
  public RuleInfo find(String idOrAlias) {
    RuleInfo direct = infoById.get(idOrAlias);
    if (direct != null) {
      return direct;
    }
    for (RuleInfo info : infoById.values()) {
      if (info.answersTo(idOrAlias)) {
        return info;
      }
    }
    return null;
  }

  /** The metadata of {@code id}; engine rules missing from the list get a minimal entry. */
  public RuleInfo infoOrEngineDefault(String id) {
    RuleInfo info = infoById.get(id);
    if (info != null) {
      return info;
    }
    Severity severity = id.equals("UNUSED_SUPPRESSION") ? Severity.NOTE
        : id.equals("INPUT_LIMIT_EXCEEDED") ? Severity.WARNING : Severity.ERROR;
    return new RuleInfo(id, id, severity, Category.ENGINE, List.of("correctness"), List.of(), "", List.of(),
        RuleInfo.Doc.of(""));
  }

  private static String doc(Class<?> owner, String id) {
    try (InputStream in = owner.getResourceAsStream("/lintel/docs/" + id + ".md")) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
