package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.cfn.CfnTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reports a template skeleton CloudFormation rejects: root, top-level keys, Resources, version, ids. */
@RuleMeta(id = "CFN_TEMPLATE_STRUCTURE", title = "Template skeleton is invalid", severity = Severity.ERROR,
    category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"}, aliases = {"E1001", "E1004"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html")
public final class CfnTemplateStructureRule implements Rule {

  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]+");

  private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description", "Metadata",
      "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks", "Globals");
  private static final List<String> ID_SECTIONS = List.of("Resources", "Parameters", "Outputs", "Conditions",
      "Mappings");

  @Override
  public void register(Subscriptions on) {
    on.file((ctx, file) -> {
      if (file.kind() == FileKind.CLOUDFORMATION) {
        for (Node d : file.documents()) {
          if (d.asMapping() == null && !(d instanceof ScalarNode s && s.isNull())) {
            ctx.report(d, "the template root is not a mapping of sections");
          }
        }
      }
    });
    on.cfnTemplate(CfnTemplateStructureRule::check);
  }

  private static void check(RuleContext ctx, CfnTemplate t) {
    MappingNode root = t.root();
    for (MappingNode.Entry e : root.entries()) {
      if (!SECTIONS.contains(e.name())) {
        ctx.report(e.key(), "'" + e.name() + "' is not a template section");
      }
    }
    MappingNode.Entry resources = root.entry("Resources");
    if (resources == null) {
      ctx.report(root.entries().isEmpty() ? root : root.entries().get(0).key(),
          "the template has no Resources section");
    } else if (!(resources.value() instanceof IntrinsicNode fn && fn.function().startsWith("Fn::ForEach::"))
        && (resources.value().asMapping() == null || resources.value().asMapping().entries().isEmpty())) {
      ctx.report(resources.key(), "Resources must be a non-empty mapping of resources");
    }
    Node version = root.get("AWSTemplateFormatVersion");
    if (version != null && !"2010-09-09".equals(version.text())) {
      ctx.report(version, "AWSTemplateFormatVersion is '" + (version.text() == null ? "(not a string)"
          : version.text()) + "'; the only valid version is '2010-09-09'");
    }
    Node description = root.get("Description");
    if (description != null && !(description instanceof ScalarNode)) {
      ctx.report(description, "Description must be a string");
    } else if (description != null && description.text().getBytes(StandardCharsets.UTF_8).length > 1024) {
      ctx.report(description, "Description is " + description.text().getBytes(StandardCharsets.UTF_8).length
          + " bytes long; the limit is 1024 bytes");
    }
    boolean loops = CfnSupport.hasLanguageExtensions(t);
    for (String section : ID_SECTIONS) {
      MappingNode m = t.section(section);
      for (MappingNode.Entry e : m == null ? List.<MappingNode.Entry>of() : m.entries()) {
        if (!LOGICAL_ID.matcher(e.name()).matches() && !(loops && e.name().startsWith("Fn::ForEach::"))) {
          ctx.report(e.key(), "logical id '" + e.name() + "' in " + section + " is not alphanumeric");
        }
      }
    }
  }
}
