package dev.lintel.rules.support;

import dev.lintel.engine.RuleContext;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.rules.support.CfnFlags.Setting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table of per-resource-type setting tests for the table-driven rules (ENC_, LOG_): each row
 * names a resource type, finds the offending setting (or null) and says what it means. Every
 * row that fails is reported once, on the setting.
 */
public final class SettingTable {

  /** One row: a test on resources of {@code type} and the consequence named in the message. */
  public record Row(String type, Function<CfnResource, Setting> test, String consequence) {}

  private final Map<String, List<Row>> rows = new LinkedHashMap<>();

  /** Adds a row for each of {@code types}. */
  public SettingTable row(Function<CfnResource, Setting> test, String consequence, String... types) {
    for (String type : types) {
      rows.computeIfAbsent(type, t -> new ArrayList<>()).add(new Row(type, test, consequence));
    }
    return this;
  }

  /** Subscribes every row's resource type: a failing row is reported on its setting. */
  public void register(Subscriptions on) {
    rows.forEach((type, list) -> on.cfnResource(type, (ctx, r) -> list.forEach(row -> check(ctx, r, row))));
  }

  private static void check(RuleContext ctx, CfnResource r, Row row) {
    Setting s = row.test().apply(r);
    if (s != null) {
      ctx.report(s.range(), shortType(r.type()) + " " + r.logicalId() + ": " + s.describe() + ", so "
          + row.consequence());
    }
  }

  /** {@code AWS::Redshift::Cluster} → {@code Redshift cluster}. */
  private static String shortType(String type) {
    String[] p = type.split("::");
    return p.length == 3 ? p[1] + " " + p[2] : type;
  }
}
