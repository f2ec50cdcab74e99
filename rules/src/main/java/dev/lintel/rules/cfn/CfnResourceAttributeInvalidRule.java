package dev.lintel.rules.cfn;

import dev.lintel.engine.Category;
import dev.lintel.engine.Rule;
import dev.lintel.engine.RuleContext;
import dev.lintel.engine.RuleMeta;
import dev.lintel.engine.Severity;
import dev.lintel.engine.Subscriptions;
import dev.lintel.model.FileKind;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.ScalarNode;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.data.CfnSpec;
import java.util.List;
import java.util.Set;

/**
 * Reports a resource entry with a key that is not a resource attribute (for example a property
 * written beside {@code Properties}), {@code Properties} that is not a mapping, and
 * {@code DeletionPolicy}/{@code UpdateReplacePolicy} values CloudFormation does not accept. In a
 * SAM template, {@code Connectors} is accepted on every resource: SAM embeds connectors in any
 * supported source resource, such as an {@code AWS::SNS::Topic} or {@code AWS::Lambda::Function}.
 */
@RuleMeta(id = "CFN_RESOURCE_ATTRIBUTE_INVALID", title = "Resource entry has an unknown key or attribute value",
    severity = Severity.ERROR, category = Category.CFN, kinds = {FileKind.CLOUDFORMATION}, tags = {"correctness"},
    aliases = {"E3001"},
    helpUri = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-product-attribute-reference.html")
public final class CfnResourceAttributeInvalidRule implements Rule {

  private static final List<String> ATTRIBUTES = List.of("Type", "Properties", "Condition", "Metadata", "DependsOn",
      "DeletionPolicy", "UpdatePolicy", "UpdateReplacePolicy", "CreationPolicy");
  private static final List<String> DELETION = List.of("Delete", "Retain", "RetainExceptOnCreate", "Snapshot");
  private static final List<String> REPLACE = List.of("Delete", "Retain", "Snapshot");
  private static final Set<String> SNAPSHOT_TYPES = Set.of("AWS::DocDB::DBCluster", "AWS::EC2::Volume",
      "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache",
      "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Redshift::Cluster");

  @Override
  public void register(Subscriptions on) {
    on.cfnTemplate((ctx, template) -> {
      boolean keys = !CfnSupport.hasMacroTransform(template);
      for (CfnResource r : template.resources()) {
        String type = r.type() == null ? "" : r.type();
        for (MappingNode.Entry e : r.node().entries()) {
          if (keys && !allowed(e.name(), type, template.isSam())
              && (type.startsWith("AWS::") || type.startsWith("Alexa::") || type.startsWith("Custom::"))) {
            unknownKey(ctx, r, e);
          }
        }
        Node props = r.node().get("Properties");
        if (props instanceof ScalarNode s && !s.isNull() || props instanceof SequenceNode) {
          ctx.report(props, "Properties of resource " + r.logicalId() + " must be a mapping");
        }
        policy(ctx, r, "DeletionPolicy", DELETION);
        policy(ctx, r, "UpdateReplacePolicy", REPLACE);
      }
    });
  }

  private static boolean allowed(String key, String type, boolean sam) {
    return ATTRIBUTES.contains(key)
        || key.equals("Version") && (type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource"))
        || sam && key.equals("Connectors")
        || sam && type.startsWith("AWS::Serverless::") && key.equals("IgnoreGlobals");
  }

  private static void unknownKey(RuleContext ctx, CfnResource r, MappingNode.Entry e) {
    CfnSpec.ResourceType spec = CfnSpec.get().resourceType(r.type());
    String hint;
    if (spec != null && spec.property(e.name()) != null) {
      hint = " (" + e.name() + " is a property of " + r.type() + ": move it under Properties)";
    } else {
      String closest = CfnSpec.closest(e.name(), ATTRIBUTES);
      hint = closest == null ? "" : " (did you mean " + closest + "?)";
    }
    ctx.report(e.key(), "Resource " + r.logicalId() + " has key " + e.name() + ", which is not a resource attribute"
        + hint);
  }

  private static void policy(RuleContext ctx, CfnResource r, String attribute, List<String> values) {
    Node node = r.node().get(attribute);
    if (node == null) {
      return;
    }
    for (Candidate c : r.values(node)) {
      if (!c.known() || c.absent() || c.value() instanceof ScalarNode s && s.isNull()) {
        continue;
      }
      String text = c.value() == null || c.value() instanceof ScalarNode ? c.text() : null;
      if (text == null || !values.contains(text)) {
        ctx.report(node, attribute + " of resource " + r.logicalId() + " must be one of " + String.join(", ", values)
            + ", not " + (text == null ? "a " + (c.value() instanceof MappingNode ? "mapping" : "list") : "'" + text + "'")
            + c.originSuffix());
        return;
      }
      if (text.equals("Snapshot") && r.type() != null && r.type().startsWith("AWS::")
          && !r.type().startsWith("AWS::Serverless::") && !SNAPSHOT_TYPES.contains(r.type())) {
        ctx.report(node, attribute + " Snapshot of resource " + r.logicalId() + " is not supported by " + r.type()
            + "; CloudFormation snapshots only database clusters and instances, cache clusters, Redshift clusters and"
            + " EBS volumes" + c.originSuffix());
        return;
      }
    }
  }
}
