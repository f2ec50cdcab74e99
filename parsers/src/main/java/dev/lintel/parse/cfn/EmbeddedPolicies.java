package dev.lintel.parse.cfn;

import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.Candidate;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.model.cfn.CfnTemplate;
import dev.lintel.model.policy.Policy;
import dev.lintel.model.policy.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds every policy document embedded in a template (RULES.md §2.5). */
public final class EmbeddedPolicies {

  /** Resource type → property holding one identity policy document. */
  private static final Map<String, String> IDENTITY_DOCUMENT = Map.of(
      "AWS::IAM::Policy", "PolicyDocument",
      "AWS::IAM::ManagedPolicy", "PolicyDocument",
      "AWS::IAM::RolePolicy", "PolicyDocument",
      "AWS::IAM::UserPolicy", "PolicyDocument",
      "AWS::IAM::GroupPolicy", "PolicyDocument");

  /** Resource type → {property, service} of its resource policy. */
  private static final Map<String, String[]> RESOURCE_DOCUMENT = Map.ofEntries(
      Map.entry("AWS::S3::BucketPolicy", new String[] {"PolicyDocument", "s3"}),
      Map.entry("AWS::S3::AccessPoint", new String[] {"Policy", "s3"}),
      Map.entry("AWS::SQS::QueuePolicy", new String[] {"PolicyDocument", "sqs"}),
      Map.entry("AWS::SNS::TopicPolicy", new String[] {"PolicyDocument", "sns"}),
      Map.entry("AWS::KMS::Key", new String[] {"KeyPolicy", "kms"}),
      Map.entry("AWS::ECR::Repository", new String[] {"RepositoryPolicyText", "ecr"}),
      Map.entry("AWS::SecretsManager::ResourcePolicy", new String[] {"ResourcePolicy", "secretsmanager"}),
      Map.entry("AWS::ApiGateway::RestApi", new String[] {"Policy", "execute-api"}),
      Map.entry("AWS::EFS::FileSystem", new String[] {"FileSystemPolicy", "elasticfilesystem"}),
      Map.entry("AWS::OpenSearchService::Domain", new String[] {"AccessPolicies", "es"}),
      Map.entry("AWS::Elasticsearch::Domain", new String[] {"AccessPolicies", "es"}),
      Map.entry("AWS::Logs::ResourcePolicy", new String[] {"PolicyDocument", "logs"}));

  private EmbeddedPolicies() {}

  public static List<Policy> find(CfnTemplate template) {
    List<Policy> out = new ArrayList<>();
    for (CfnResource r : template.resources()) {
      String type = r.type();
      if (type == null || r.properties() == null) {
        continue;
      }
      String identity = IDENTITY_DOCUMENT.get(type);
      if (identity != null) {
        add(out, r, identity, PolicyKind.IDENTITY, null);
      }
      String[] resource = RESOURCE_DOCUMENT.get(type);
      if (resource != null) {
        add(out, r, resource[0], PolicyKind.RESOURCE, resource[1]);
      }
      switch (type) {
        case "AWS::IAM::Role" -> {
          add(out, r, "AssumeRolePolicyDocument", PolicyKind.TRUST, null);
          inlinePolicies(out, r);
        }
        case "AWS::IAM::User", "AWS::IAM::Group" -> inlinePolicies(out, r);
        case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> samPolicies(out, r);
        case "AWS::Lambda::Permission", "AWS::Lambda::LayerVersionPermission" -> lambdaPermission(out, r);
        default -> { }
      }
    }
    return out;
  }

  private static void add(List<Policy> out, CfnResource r, String property, PolicyKind kind, String service) {
    Node doc = r.property(property);
    if (doc != null) {
      addDocument(out, r, doc, "Properties." + property, kind, service);
    }
  }

  private static void addDocument(List<Policy> out, CfnResource r, Node doc, String path,
      PolicyKind kind, String service) {
    for (Candidate c : r.values(doc)) {
      if (c.value() instanceof MappingNode m && m.has("Statement")) {
        out.add(new Policy(m, kind, service, r, r.logicalLocation() + "." + path,
            r.template().evaluator()));
      }
    }
  }

  private static void inlinePolicies(List<Policy> out, CfnResource r) {
    SequenceNode policies = r.property("Policies") == null ? null : r.property("Policies").asSequence();
    if (policies == null) {
      return;
    }
    for (int i = 0; i < policies.items().size(); i++) {
      MappingNode item = policies.items().get(i).asMapping();
      if (item != null && item.get("PolicyDocument") != null) {
        addDocument(out, r, item.get("PolicyDocument"),
            "Properties.Policies[" + i + "].PolicyDocument", PolicyKind.IDENTITY, null);
      }
    }
  }

  private static void samPolicies(List<Policy> out, CfnResource r) {
    Node policies = r.property("Policies");
    if (policies == null) {
      return;
    }
    if (policies instanceof MappingNode m && m.has("Statement")) {
      addDocument(out, r, m, "Properties.Policies", PolicyKind.IDENTITY, null);
      return;
    }
    SequenceNode seq = policies.asSequence();
    if (seq == null) {
      return;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      MappingNode item = seq.items().get(i).asMapping();
      if (item != null && item.has("Statement")) {
        addDocument(out, r, item, "Properties.Policies[" + i + "]", PolicyKind.IDENTITY, null);
      }
    }
  }

  /** A Lambda permission as the one-statement resource policy it adds to the function or layer. */
  private static void lambdaPermission(List<Policy> out, CfnResource r) {
    out.add(new Policy(LambdaPermissionStatements.document(r), PolicyKind.RESOURCE, "lambda", r,
        r.logicalLocation() + ".Properties", r.template().evaluator()));
  }
}
