package dev.lintel.corpus;

import dev.lintel.model.IntrinsicNode;
import dev.lintel.model.MappingNode;
import dev.lintel.model.Node;
import dev.lintel.model.SequenceNode;
import dev.lintel.model.cfn.CfnResource;
import dev.lintel.parse.cfn.EmbeddedPolicies;
import dev.lintel.parse.data.IamCatalogue;
import dev.lintel.rules.iam.IamActions;
import dev.lintel.rules.lambda.LambdaRuntimes;
import dev.lintel.rules.net.IngressRules;
import dev.lintel.rules.net.IngressRules.Direction;
import dev.lintel.rules.net.IngressRules.Permission;
import dev.lintel.rules.net.IngressRules.Protocol;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The intended divergences of RULES.md appendices A and B (partial mappings with a documented
 * reason), as tests on the resource a peer case is about. A missed positive whose resource
 * satisfies {@code missedPositive}, or a reported negative whose resources satisfy
 * {@code hitNegative} (or whose findings are all notes, for {@code notesOnly}), is listed as
 * intended instead of being counted against the floors. Entries with {@code documented = false}
 * follow the rule's RULES.md condition but the appendix row does not mention the divergence yet;
 * the report marks them so the catalogue can be completed.
 */
final class PeerDivergences {

  /** One divergence; a null test means it does not go that way. */
  record Divergence(String reason, boolean documented, boolean notesOnly, Predicate<CfnResource> missedPositive,
      Predicate<CfnResource> hitNegative) {

    String describe() {
      return reason + (documented ? "" : " (follows the rule's condition; not yet noted in the RULES.md appendix)");
    }
  }

  private static Divergence missed(String reason, boolean documented, Predicate<CfnResource> test) {
    return new Divergence(reason, documented, false, test, null);
  }

  private static Divergence reported(String reason, boolean documented, Predicate<CfnResource> test) {
    return new Divergence(reason, documented, false, null, test);
  }

  private static final Divergence BPA_ABSENT = missed(
      "bucket without PublicAccessBlockConfiguration (all four settings are on by default)", true,
      r -> r.property("PublicAccessBlockConfiguration") == null);

  private static final Divergence OUTSIDE_NET_P = missed(
      "no exposed port in table NET-P (SSH, RDP and other ports have their own rules)", true,
      r -> IngressRules.worldPermissions(r).stream().allMatch(p -> IngressRules.sensitivePorts(p).isEmpty()));

  private static final Divergence NACL_EGRESS_OR_PRIVATE = missed(
      "egress entry or non-world source (stateless ACLs need wide egress)", true,
      r -> "true".equalsIgnoreCase(text(r, "Egress"))
          || !IngressRules.isWorld(text(r, "CidrBlock")) && !IngressRules.isWorld(text(r, "Ipv6CidrBlock")));

  private static final Divergence ANY_PUBLIC_READ_ACL = reported(
      "canned ACL PublicRead, PublicReadWrite or AuthenticatedRead: one rule reports every ACL that grants reads",
      false, r -> Set.of("PublicRead", "PublicReadWrite", "AuthenticatedRead").contains(text(r, "AccessControl")));

  private static final Function<String, Divergence> PARAMETER_NAME_LITERAL = path -> reported(
      "the secret property " + path + " is the literal name of a template parameter, not a Ref to it: CloudFormation"
          + " uses that text as the secret, a plaintext literal (sub-case (a))", false, r -> {
            String value = text(at(r, path));
            return value != null && r.template().parameter(value) != null;
          });

  private static final Divergence MSK_WITHOUT_ENCRYPTION_INFO = missed(
      "cluster without EncryptionInfo: TLS between clients and brokers and inside the cluster is the default", true,
      r -> r.property("EncryptionInfo") == null);

  /** KICS query folder to divergence. */
  static final Map<String, Divergence> KICS = Map.ofEntries(
      Map.entry("iam_role_allows_all_principals_to_assume", missed(
          "malformed principal arn:aws:iam::root is IAM_PRINCIPAL_INVALID's, not a wildcard principal", true,
          r -> String.valueOf(r.properties()).contains("arn:aws:iam::root"))),
      Map.entry("kms_key_with_full_permissions", missed(
          "a key without KeyPolicy gets the default key policy (account principals only)", true,
          r -> r.property("KeyPolicy") == null)),
      Map.entry("lambda_permission_principal_is_wildcard", missed(
          "SourceArn/SourceAccount on the permission restrict it (Access Analyzer's definition of public)", true,
          r -> r.property("SourceArn") != null || r.property("SourceAccount") != null)),
      Map.entry("sqs_policy_with_public_access", new Divergence(
          "positives whose only wide principal is a malformed ARN (account not 12 digits: IAM_PRINCIPAL_INVALID);"
              + " negatives that list \"*\" among AWS principals, which grants everyone", false, false,
          r -> String.valueOf(r.properties()).matches("(?s).*arn:aws:iam::\\d{1,11}:\\*.*"),
          r -> String.valueOf(r.properties()).contains("value=*,"))),
      Map.entry("iam_policies_without_groups", missed(
          "malformed positive: Users is written inside a Policies item of an AWS::IAM::Policy, a property that type"
              + " does not have (CloudFormation rejects it)", false,
          r -> "AWS::IAM::Policy".equals(r.type()) && r.property("Policies") != null)),
      Map.entry("hardcoded_aws_access_key_in_lambda", missed(
          "the value holds no AKIA/ASIA access key id (a 40-digit number is not an AWS key); the rule needs the key"
              + " id (RULES.md)", false, r -> !String.valueOf(r.node()).matches("(?s).*\\b(AKIA|ASIA)[A-Z0-9]{16}\\b.*"))),
      Map.entry("db_security_group_open_to_large_scope", new Divergence(
          "/24 to /31 reported as a note (documented); a rule without IpProtocol opens nothing (EC2 rejects it)",
          false, true, r -> IngressRules.permissions(r, Direction.INGRESS).isEmpty(), null)),
      Map.entry("s3_bucket_allows_public_acl", BPA_ABSENT),
      Map.entry("s3_bucket_with_public_policy", BPA_ABSENT),
      Map.entry("s3_bucket_without_ignore_public_acl", BPA_ABSENT),
      Map.entry("s3_bucket_without_restriction_of_public_bucket", BPA_ABSENT),
      Map.entry("ec2_sensitive_port_is_publicly_exposed", OUTSIDE_NET_P),
      Map.entry("elb_sensitive_port_is_exposed_to_entire_network", OUTSIDE_NET_P),
      Map.entry("security_groups_with_exhibited_admin_ports", OUTSIDE_NET_P),
      Map.entry("db_security_group_with_public_scope", new Divergence(OUTSIDE_NET_P.reason(), false, false,
          OUTSIDE_NET_P.missedPositive(), null)),
      Map.entry("ec2_permissive_network_acl_protocols", NACL_EGRESS_OR_PRIVATE),
      Map.entry("tcp_or_udp_protocol_network_acl_entry_allows_all_ports", NACL_EGRESS_OR_PRIVATE),
      Map.entry("unrestricted_security_group_ingress", missed(
          "only port 443 or every port open (443 is not reported; all ports are NET_SG_INGRESS_ALL_PORTS_WORLD's)",
          true, r -> IngressRules.worldPermissions(r).stream().allMatch(p -> p.allPorts() || only443(p)))),
      Map.entry("unknown_port_exposed_to_internet", new Divergence(
          "port 80 open to the world is reported as a note (plain HTTP)", false, true, null, null)),
      Map.entry("security_groups_with_unrestricted_access_to_ssh", reported(
          "port range containing 22, protocol all or ::/0 (Lintel reports them, the peer does not)", true,
          r -> IngressRules.worldPermissions(r).stream().anyMatch(p -> p.covers(Protocol.TCP, 22)
              && (p.from() != 22 || p.to() != 22 || p.protocol() == Protocol.ALL || p.cidr().contains(":"))))),
      Map.entry("redshift_publicly_accessible", missed(
          "PubliclyAccessible absent (only an explicit true is reported)", true,
          r -> r.property("PubliclyAccessible") == null)),
      Map.entry("s3_bucket_acl_allows_read_to_all_users", ANY_PUBLIC_READ_ACL),
      Map.entry("s3_bucket_acl_allows_read_to_any_authenticated_user", ANY_PUBLIC_READ_ACL),
      Map.entry("s3_bucket_without_server_side_encryption", reported(
          "aws:kms default encryption without BucketKeyEnabled is reported as a note (every object operation calls"
              + " KMS)", false, r -> r.property("BucketEncryption") != null)),
      Map.entry("s3_bucket_without_ssl_in_write_actions", new Divergence(
          "a TLS Deny on s3:PutObject only is a note, sub-case (b); a Deny without Resource (S3 rejects the policy) or"
              + " on aws:SecureTransport true, an Allow on aws:SecureTransport true (other grants still work over HTTP), or a policy naming the bucket by its logical id as a literal (the"
              + " bucket's real name is generated), does not count as the TLS Deny", false, true, null,
          PeerDivergences::tlsDenyNotEffective)),
      Map.entry("fully_open_ingress", missed(
          "tcp rule with FromPort greater than ToPort (e.g. 80 to 0): EC2 rejects the range, it opens nothing",
          false, r -> IngressRules.permissions(r, Direction.INGRESS).isEmpty() || invertedRange(r))),
      Map.entry("security_group_ingress_with_all_protocols", missed(
          "protocol all from a world CIDR is NET_SG_INGRESS_ALL_PORTS_WORLD's", false,
          r -> IngressRules.worldPermissions(r).stream().anyMatch(p -> p.protocol() == Protocol.ALL))),
      Map.entry("security_group_egress_with_all_protocols", missed(
          "egress with protocol all to a security group or prefix list, not to a world CIDR", false,
          r -> IngressRules.permissions(r, Direction.EGRESS).stream().noneMatch(p -> p.world() && p.allPorts()))),
      Map.entry("security_group_egress_cidr_open_to_world", missed(
          "egress to a world CIDR on specific ports only (only all protocols or all ports are reported)", false,
          r -> IngressRules.permissions(r, Direction.EGRESS).stream().noneMatch(p -> p.world() && p.allPorts()))),
      Map.entry("efs_without_kms", missed(
          "unencrypted file system: reported by EFS_NOT_ENCRYPTED, not as a key choice", false,
          r -> !"true".equalsIgnoreCase(text(r, "Encrypted")))),
      Map.entry("efs_volume_with_disabled_transit_encryption", missed(
          "property names in the wrong case (volumes, efsVolumeConfiguration): CloudFormation rejects them", false,
          r -> r.property("Volumes") == null)),
      Map.entry("lambda_functions_with_full_privileges", missed(
          "Action * on specific resources is not admin access (IAM_ACTION_WILDCARD_ALL reports it)", false,
          r -> true)),
      Map.entry("api_gateway_access_logging_disabled", missed(
          "stage with an access log destination: the peer reports execution logging (LoggingLevel of MethodSettings"
              + " or DefaultRouteSettings absent or OFF), which is not the access log", false,
          PeerDivergences::hasAccessLogDestination)),
      Map.entry("connection_between_cloudfront_origin_not_encrypted", missed(
          "no origin sets OriginProtocolPolicy (CloudFormation requires it in CustomOriginConfig); the peer reports"
              + " ViewerProtocolPolicy allow-all, which is CF_VIEWER_PROTOCOL_ALLOW_ALL's", false,
          r -> originPolicies(r).isEmpty())),
      Map.entry("secure_ciphers_disabled", missed(
          "ViewerCertificate written directly under Properties, outside DistributionConfig: AWS::CloudFront::Distribution"
              + " has no such property (CloudFormation rejects it); the distribution uses the default certificate,"
              + " which is vulnerable_default_ssl_certificate's property", false,
          r -> r.property("ViewerCertificate") != null)),
      Map.entry("alb_listening_on_http", missed(
          "HTTP listener whose default action redirects to HTTPS (RULES.md reports only listeners that do not redirect)",
          false, PeerDivergences::redirectsToHttps)),
      Map.entry("amplify_app_access_token_exposed", PARAMETER_NAME_LITERAL.apply("AccessToken")),
      Map.entry("amplify_app_basic_auth_config_password_exposed",
          PARAMETER_NAME_LITERAL.apply("BasicAuthConfig.Password")),
      Map.entry("amplify_app_oauth_token_exposed", PARAMETER_NAME_LITERAL.apply("OauthToken")),
      Map.entry("amplify_branch_basic_auth_config_password_exposed",
          PARAMETER_NAME_LITERAL.apply("BasicAuthConfig.Password")),
      Map.entry("directory_service_microsoft_ad_password_set_to_plaintext_or_default_ref",
          PARAMETER_NAME_LITERAL.apply("Password")),
      Map.entry("directory_service_simple_ad_password_exposed", PARAMETER_NAME_LITERAL.apply("Password")),
      Map.entry("dms_endpoint_mongo_db_settings_password_exposed",
          PARAMETER_NAME_LITERAL.apply("MongoDbSettings.Password")),
      Map.entry("dms_endpoint_password_exposed", PARAMETER_NAME_LITERAL.apply("Password")),
      Map.entry("docdb_cluster_master_password_in_plaintext", PARAMETER_NAME_LITERAL.apply("MasterUserPassword")),
      Map.entry("cloudtrail_not_integrated_with_cloudwatch", missed(
          "CloudWatchLogsLogGroupArn set without CloudWatchLogsRoleArn: sub-case (e) is a trail without a log group",
          false, r -> r.property("CloudWatchLogsLogGroupArn") != null && r.property("CloudWatchLogsRoleArn") == null)),
      Map.entry("cmk_unencrypted_storage", missed(
          "storage that is not RDS (here a Redshift cluster): the peer spans several storage types, only its RDS cases"
              + " map to RDS_STORAGE_NOT_ENCRYPTED (ENC_AT_REST_DISABLED reports the others)", true,
          r -> r.type() == null || !r.type().startsWith("AWS::RDS::"))),
      Map.entry("codebuild_not_encrypted", missed(
          "project without EncryptionKey: the artifacts are still encrypted with the AWS managed key; Lintel reports"
              + " Artifacts.EncryptionDisabled: true", true,
          r -> !"true".equalsIgnoreCase(text(at(r, "Artifacts.EncryptionDisabled"))))),
      Map.entry("docdb_logging_disabled", missed(
          "EnableCloudwatchLogsExports includes audit: the condition asks for the audit log only, not profiler", false,
          r -> texts(items(r.properties(), "EnableCloudwatchLogsExports")).contains("audit"))),
      Map.entry("elasticsearch_logs_disabled", missed(
          "LogPublishingOptions with at least one log type enabled: the condition is a domain that publishes no log,"
              + " not one log type off", false, PeerDivergences::publishesSomeLog)),
      Map.entry("elb_using_weak_ciphers", missed(
          "custom SSLNegotiationPolicyType policy listing ciphers without a Reference-Security-Policy: custom cipher"
              + " lists are not evaluated (policies are judged by name from the TLS policy table)", true,
          PeerDivergences::customNegotiationPolicy)),
      Map.entry("iam_database_auth_not_enabled", missed(
          "Aurora instance (here without DBClusterIdentifier, which Aurora requires): IAM database authentication of"
              + " Aurora is the cluster's setting (the instance property does not apply), so only clusters are judged",
          false,
          r -> "AWS::RDS::DBInstance".equals(r.type()) && String.valueOf(text(r, "Engine")).startsWith("aurora"))),
      Map.entry("msk_cluster_encryption_disabled", MSK_WITHOUT_ENCRYPTION_INFO),
      Map.entry("rds_storage_not_encrypted", missed(
          "read replica (SourceDBInstanceIdentifier): its encryption is inherited from the source, so it is skipped",
          false, r -> r.property("SourceDBInstanceIdentifier") != null)),
      Map.entry("sqs_with_sse_disabled", new Divergence(
          "queue without a KMS key reported as a note, sub-case (b): SQS-managed encryption is on by default", true,
          true, null, null)),
      Map.entry("vulnerable_default_ssl_certificate", new Divergence(
          "default *.cloudfront.net certificate reported as a note, sub-case (b)", true, true, null, null)));

  private static final Divergence BPA_ONE_RULE = new Divergence(BPA_ABSENT.reason() + "; one rule reports all"
      + " four settings, so a bucket that passes this check with another setting off is reported", false, false,
      BPA_ABSENT.missedPositive(), r -> r.property("PublicAccessBlockConfiguration") != null);

  /** checkov check id to divergence. */
  static final Map<String, Divergence> CHECKOV = Map.ofEntries(
      Map.entry("CKV_AWS_32", reported(
          "ForAllValues: on aws:PrincipalOrgID is true when the key is absent, as it is for anonymous callers, so the"
              + " statement stays public (RULES.md §2.5 counts only positive and ForAnyValue: operators as restricting)",
          false, r -> String.valueOf(r.properties()).contains("ForAllValues:"))),
      Map.entry("CKV_AWS_109", missed(
          "no action of the policy has the access level Permissions management in the AWS Service Authorization"
              + " Reference (e.g. iam:ChangePassword is Write); Lintel follows the catalogue's access levels", false,
          r -> !grantsPermissionsManagement(r))),
      Map.entry("CKV_AWS_53", BPA_ONE_RULE),
      Map.entry("CKV_AWS_54", BPA_ONE_RULE),
      Map.entry("CKV_AWS_55", BPA_ONE_RULE),
      Map.entry("CKV_AWS_56", BPA_ONE_RULE),
      Map.entry("CKV2_AWS_75", reported(
          "a Lambda URL with a wildcard origin but specific methods (Lintel reports every wildcard origin)", true,
          r -> r.template().resources("AWS::Lambda::Url").stream().anyMatch(u -> PeerTemplates.linked(u, r)
              && String.valueOf(u.property("Cors")).contains("value=*,")))),
      Map.entry("CKV_AWS_87", missed(
          "PubliclyAccessible absent (only an explicit true is reported)", true,
          r -> r.property("PubliclyAccessible") == null)),
      Map.entry("CKV_AWS_19", new Divergence(
          "bucket without BucketEncryption (SSE-S3 default) reported as a note (documented); aws:kms without"
              + " BucketKeyEnabled reported as a note, sub-case (c)", false, false, null,
          r -> r.property("BucketEncryption") == null || r.property("BucketEncryption").toString().contains("aws:kms"))),
      Map.entry("CKV2_AWS_26", reported(
          "the passing functions misspell TracingConfig as Tracing_config, a property CloudFormation rejects; without"
              + " TracingConfig tracing is PassThrough", false,
          r -> r.property("Tracing_config") != null && r.property("TracingConfig") == null)),
      Map.entry("CKV2_AWS_72", missed(
          "match-viewer origin behind behaviours that all redirect or require HTTPS: CloudFront forwards only HTTPS"
              + " requests, so it reaches the origin over HTTPS", false,
          PeerDivergences::matchViewerBehindHttpsViewers)),
      Map.entry("CKV2_AWS_69", missed(
          "instance whose parameter group sets neither rds.force_ssl nor require_secure_transport: only explicitly"
              + " disabled TLS parameters are reported", true, PeerDivergences::tlsParameterAbsent)),
      Map.entry("CKV_AWS_103", missed(
          "listener with Protocol HTTP: plain HTTP is ELB_LISTENER_HTTP's; ELB_TLS_POLICY_OUTDATED judges HTTPS and"
              + " TLS listeners", false, r -> "HTTP".equals(text(r, "Protocol")))),
      Map.entry("CKV_AWS_104", missed(
          "parameter group that does not set audit_logs: the condition is audit_logs set to disabled; the cluster's"
              + " EnableCloudwatchLogsExports is judged on the cluster", false,
          r -> at(r, "Parameters.audit_logs") == null)),
      Map.entry("CKV_AWS_111", missed(
          "Allow of every action on every resource: IAM_ADMIN_ACCESS reports it, and IAM_WRITE_UNCONSTRAINED excludes"
              + " the statements IAM_ADMIN_ACCESS reports", false, PeerDivergences::grantsEverything)),
      Map.entry("CKV_AWS_17", reported(
          "instance with neither PubliclyAccessible nor DBSubnetGroupName: sub-case (b), a warning (in a default VPC"
              + " with an internet gateway the instance gets a public endpoint)", false,
          r -> r.property("PubliclyAccessible") == null && r.property("DBSubnetGroupName") == null)),
      Map.entry("CKV_AWS_187", missed(
          "SageMaker domain: only notebook instances are modelled", true,
          r -> "AWS::SageMaker::Domain".equals(r.type()))),
      Map.entry("CKV_AWS_31", missed(
          "transit encryption on without an auth token: the auth-token requirement is not checked", true,
          r -> "true".equalsIgnoreCase(text(r, "TransitEncryptionEnabled")))),
      Map.entry("CKV_AWS_384", reported(
          "literal value that looks like an interpolation (${...}) or contains EXAMPLE, or a name ending in _TEST: the"
              + " peer passes them, Lintel reports every plaintext literal under a secret-like name", true,
          r -> String.valueOf(text(r, "Value")).contains("${") || String.valueOf(text(r, "Value")).contains("EXAMPLE")
              || String.valueOf(text(r, "Name")).endsWith("_TEST"))),
      Map.entry("CKV_AWS_45", missed(
          "the key in the environment is an AWS documentation example value (AKIAIOSFODNN7EXAMPLE, ending in EXAMPLE),"
              + " which is never reported", false, r -> entries(at(r, "Environment.Variables")).stream()
              .anyMatch(e -> String.valueOf(e.value().text()).endsWith("EXAMPLE")))),
      Map.entry("CKV_AWS_46", new Divergence(
          "failing: the user data holds only the AWS documentation example keys (AKIAIOSFODNN7EXAMPLE and its secret),"
              + " which are never reported; passing: a literal assigned to AWS_SECRET_ACCESS_KEY that is not shaped"
              + " like a key ('bar'), which sub-case (a) reports as any literal assignment", false, false,
          r -> userData(r).contains("AKIAIOSFODNN7EXAMPLE"),
          r -> Pattern.compile("(?i)aws_secret_access_key=(?![A-Za-z0-9/+]{40}\\b)\\S+").matcher(userData(r)).find())),
      Map.entry("CKV_AWS_81", MSK_WITHOUT_ENCRYPTION_INFO),
      Map.entry("CKV_AWS_85", reported(
          "EnableCloudwatchLogsExports without audit (profiler only): the condition asks for the audit log", false,
          r -> !items(r.properties(), "EnableCloudwatchLogsExports").isEmpty()
              && !texts(items(r.properties(), "EnableCloudwatchLogsExports")).contains("audit"))),
      Map.entry("CKV_AWS_363", reported(
          "runtime that the Lambda runtime table marks deprecated today (e.g. nodejs18.x since 2025-09-01); the peer's"
              + " fixture predates the deprecation", false, PeerDivergences::runtimeDeprecatedToday)));

  private PeerDivergences() {}

  /** Whether a policy written in {@code r} allows an action the IAM catalogue ranks Permissions management. */
  private static boolean grantsPermissionsManagement(CfnResource r) {
    return EmbeddedPolicies.find(r.template()).stream()
        .filter(p -> p.owner() == r)
        .flatMap(p -> p.statements().stream())
        .filter(st -> st.isAllow())
        .flatMap(st -> IamActions.of(st).stream())
        .anyMatch(a -> a.accessLevel() == IamCatalogue.AccessLevel.PERMISSIONS_MANAGEMENT);
  }

  private static boolean only443(Permission p) {
    return p.from() == 443 && p.to() == 443;
  }

  private static boolean invertedRange(CfnResource r) {
    for (Permission p : IngressRules.permissions(r, Direction.INGRESS)) {
      String from = p.rule().string("FromPort");
      String to = p.rule().string("ToPort");
      if (from != null && to != null && from.matches("\\d+") && to.matches("\\d+")
          && Integer.parseInt(from) > Integer.parseInt(to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bucket that a bucket policy names only by a literal equal to its logical id, or a bucket
   * policy whose SecureTransport Deny has no Resource, or that tests SecureTransport {@code true}.
   */
  private static boolean tlsDenyNotEffective(CfnResource r) {
    if ("AWS::S3::Bucket".equals(r.type())) {
      return r.template().resources("AWS::S3::BucketPolicy").stream()
          .anyMatch(p -> r.logicalId().equals(text(p, "Bucket")));
    }
    MappingNode doc = r.property("PolicyDocument") == null ? null : r.property("PolicyDocument").asMapping();
    Node statements = doc == null ? null : doc.get("Statement");
    List<Node> items = statements instanceof SequenceNode seq ? seq.items() : statements == null ? List.of()
        : List.of(statements);
    for (Node item : items) {
      MappingNode st = item.asMapping();
      String condition = st == null || st.get("Condition") == null ? "" : st.get("Condition").toString();
      if (st != null && condition.contains("SecureTransport")
          && ("Deny".equals(st.string("Effect")) && !st.has("Resource") || condition.contains("value=true"))) {
        return true;
      }
    }
    return false;
  }

  /** An API Gateway stage with {@code AccessLogSetting.DestinationArn} (v2: {@code AccessLogSettings}). */
  private static boolean hasAccessLogDestination(CfnResource r) {
    Node setting = r.property("AWS::ApiGatewayV2::Stage".equals(r.type()) ? "AccessLogSettings" : "AccessLogSetting");
    MappingNode m = setting == null ? null : setting.asMapping();
    return m != null && m.has("DestinationArn");
  }

  /** The literal {@code OriginProtocolPolicy} values of a distribution's custom origins. */
  private static List<String> originPolicies(CfnResource r) {
    List<String> out = new ArrayList<>();
    for (Node origin : items(distributionConfig(r), "Origins")) {
      MappingNode custom = origin.asMapping() == null ? null : mapping(origin.asMapping(), "CustomOriginConfig");
      String policy = custom == null ? null : custom.string("OriginProtocolPolicy");
      if (policy != null) {
        out.add(policy);
      }
    }
    return out;
  }

  /**
   * A distribution whose origins are {@code match-viewer} or {@code https-only} (at least one
   * {@code match-viewer}) and whose every cache behaviour has {@code ViewerProtocolPolicy}
   * {@code redirect-to-https} or {@code https-only}.
   */
  private static boolean matchViewerBehindHttpsViewers(CfnResource r) {
    List<String> policies = originPolicies(r);
    MappingNode config = distributionConfig(r);
    List<Node> behaviors = new ArrayList<>(items(config, "CacheBehaviors"));
    if (config != null && config.get("DefaultCacheBehavior") != null) {
      behaviors.add(config.get("DefaultCacheBehavior"));
    }
    return policies.contains("match-viewer") && policies.stream().allMatch(p -> p.equals("match-viewer")
        || p.equals("https-only")) && behaviors.stream().allMatch(b -> b.asMapping() != null
        && Set.of("redirect-to-https", "https-only").contains(b.asMapping().string("ViewerProtocolPolicy")));
  }

  /** A function whose literal {@code Runtime} is past its deprecation date in the runtime table. */
  private static boolean runtimeDeprecatedToday(CfnResource r) {
    LambdaRuntimes.Runtime runtime = LambdaRuntimes.find(text(r, "Runtime"));
    return runtime != null && !LocalDate.now(ZoneOffset.UTC).isBefore(runtime.deprecated());
  }

  /** The node at a dotted path below the resource's Properties, or null. */
  private static Node at(CfnResource r, String dotted) {
    Node n = r.properties();
    for (String key : dotted.split("\\.")) {
      MappingNode m = n == null ? null : n.asMapping();
      n = m == null ? null : m.get(key);
    }
    return n;
  }

  private static List<MappingNode.Entry> entries(Node n) {
    return n instanceof MappingNode m ? m.entries() : List.of();
  }

  private static List<String> texts(List<Node> nodes) {
    return nodes.stream().map(Node::text).filter(Objects::nonNull).toList();
  }

  /** A listener with a default action that redirects to HTTPS. */
  private static boolean redirectsToHttps(CfnResource r) {
    return items(r.properties(), "DefaultActions").stream().map(Node::asMapping).filter(Objects::nonNull)
        .anyMatch(a -> "redirect".equalsIgnoreCase(a.string("Type")) && a.mapping("RedirectConfig") != null
            && "HTTPS".equalsIgnoreCase(a.mapping("RedirectConfig").string("Protocol")));
  }

  /** A classic load balancer with an SSL negotiation policy that names no predefined security policy. */
  private static boolean customNegotiationPolicy(CfnResource r) {
    return items(r.properties(), "Policies").stream().map(Node::asMapping).filter(Objects::nonNull)
        .anyMatch(p -> "SSLNegotiationPolicyType".equals(p.string("PolicyType")) && items(p, "Attributes").stream()
            .map(Node::asMapping).filter(Objects::nonNull)
            .noneMatch(a -> "Reference-Security-Policy".equals(a.string("Name"))));
  }

  /** A domain whose LogPublishingOptions enable at least one log type. */
  private static boolean publishesSomeLog(CfnResource r) {
    return entries(r.property("LogPublishingOptions")).stream().map(e -> e.value().asMapping())
        .filter(Objects::nonNull).anyMatch(m -> "true".equalsIgnoreCase(m.string("Enabled")));
  }

  /** An RDS instance whose parameter group (a Ref in the template) sets no TLS parameter. */
  private static boolean tlsParameterAbsent(CfnResource r) {
    Node group = r.property("DBParameterGroupName");
    String name = group instanceof IntrinsicNode fn && fn.function().equals("Ref") ? fn.argument().text() : null;
    CfnResource g = name == null ? null : r.template().resource(name);
    MappingNode parameters = g == null ? null : g.properties() == null ? null : g.properties().mapping("Parameters");
    return parameters != null && !parameters.has("rds.force_ssl") && !parameters.has("require_secure_transport");
  }

  /** A policy written in {@code r} with an Allow of action {@code *} on resource {@code *}. */
  private static boolean grantsEverything(CfnResource r) {
    return EmbeddedPolicies.find(r.template()).stream()
        .filter(p -> p.owner() == r)
        .flatMap(p -> p.statements().stream())
        .anyMatch(st -> st.isAllow() && st.actions().stream().anyMatch(a -> a.is("*") || a.is("*:*"))
            && st.resources().stream().anyMatch(a -> a.is("*")));
  }

  /** The literal text of an instance's UserData, base64 literals decoded. */
  private static String userData(CfnResource r) {
    StringBuilder out = new StringBuilder();
    collect(r.property("UserData"), out, 0);
    return out.toString();
  }

  private static void collect(Node n, StringBuilder out, int depth) {
    if (n == null || depth > 50) {
      return;
    }
    if (n.text() != null) {
      out.append(n.text()).append('\n');
      if (n.text().matches("[A-Za-z0-9+/=\\s]{16,}")) {
        try {
          out.append(new String(Base64.getMimeDecoder().decode(n.text().strip()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // not base64
        }
      }
    } else if (n instanceof IntrinsicNode fn) {
      collect(fn.argument(), out, depth + 1);
    } else if (n instanceof SequenceNode seq) {
      seq.items().forEach(i -> collect(i, out, depth + 1));
    } else if (n instanceof MappingNode m) {
      m.entries().forEach(e -> collect(e.value(), out, depth + 1));
    }
  }

  private static MappingNode distributionConfig(CfnResource r) {
    return r.properties() == null ? null : mapping(r.properties(), "DistributionConfig");
  }

  private static MappingNode mapping(MappingNode m, String key) {
    return m.get(key) == null ? null : m.get(key).asMapping();
  }

  private static List<Node> items(MappingNode m, String key) {
    Node n = m == null ? null : m.get(key);
    return n instanceof SequenceNode seq ? seq.items() : List.of();
  }

  private static String text(CfnResource r, String property) {
    return r.property(property) == null ? null : r.property(property).text();
  }

  private static String text(Node n) {
    return n == null ? null : n.text();
  }

  static boolean all(List<CfnResource> resources, Predicate<CfnResource> test) {
    return test != null && !resources.isEmpty() && resources.stream().allMatch(test);
  }
}
