package dev.lintel.rules.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixed action tables of RULES.md §3.1: IAM-PE, IAM-CE and IAM-S3PE. */
final class IamActionSets {

  /** IAM-PE: a policy escalates when it allows every action of one set. */
  static final List<List<String>> PRIVILEGE_ESCALATION = List.of(
      List.of("iam:CreatePolicyVersion"),
      List.of("iam:SetDefaultPolicyVersion"),
      List.of("iam:CreateAccessKey"),
      List.of("iam:CreateLoginProfile"),
      List.of("iam:UpdateLoginProfile"),
      List.of("iam:AttachUserPolicy"),
      List.of("iam:AttachGroupPolicy"),
      List.of("iam:AttachRolePolicy", "sts:AssumeRole"),
      List.of("iam:PutUserPolicy"),
      List.of("iam:PutGroupPolicy"),
      List.of("iam:PutRolePolicy", "sts:AssumeRole"),
      List.of("iam:AddUserToGroup"),
      List.of("iam:UpdateAssumeRolePolicy", "sts:AssumeRole"),
      List.of("iam:PassRole", "ec2:RunInstances"),
      List.of("iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"),
      List.of("iam:PassRole", "lambda:CreateFunction", "lambda:CreateEventSourceMapping"),
      List.of("lambda:UpdateFunctionCode"),
      List.of("iam:PassRole", "glue:CreateDevEndpoint"),
      List.of("glue:UpdateDevEndpoint"),
      List.of("iam:PassRole", "cloudformation:CreateStack"),
      List.of("iam:PassRole", "datapipeline:CreatePipeline"));

  /** IAM-CE: actions that return credentials or tokens. */
  static final List<String> CREDENTIALS = List.of(
      "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:GetFederationToken",
      "sts:GetSessionToken", "iam:CreateAccessKey", "iam:UpdateAccessKey", "iam:CreateLoginProfile",
      "iam:UpdateLoginProfile", "iam:CreateServiceSpecificCredential", "iam:ResetServiceSpecificCredential",
      "ec2:GetPasswordData", "redshift:GetClusterCredentials", "redshift:GetClusterCredentialsWithIAM",
      "redshift-serverless:GetCredentials", "rds-db:connect", "sso:GetRoleCredentials",
      "codeartifact:GetAuthorizationToken", "cognito-identity:GetCredentialsForIdentity",
      "cognito-identity:GetOpenIdToken", "cognito-identity:GetOpenIdTokenForDeveloperIdentity",
      "lightsail:GetInstanceAccessDetails", "lightsail:GetRelationalDatabaseMasterUserPassword",
      "lightsail:DownloadDefaultKeyPair", "lightsail:CreateBucketAccessKey", "gamelift:RequestUploadCredentials",
      "gamelift:GetInstanceAccess", "appsync:CreateApiKey", "chime:CreateApiKey", "airflow:CreateCliToken",
      "airflow:CreateWebLoginToken", "cloud9:CreateEnvironmentToken");

  /** Bulk reads of secrets or data, reported with the credential actions. */
  static final List<String> SECRET_READS = List.of(
      "secretsmanager:GetSecretValue", "ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath",
      "s3:GetObject");

  /** IAM-S3PE: bucket-level action → the object actions it can grant. */
  static final Map<String, List<String>> S3_BUCKET_TO_OBJECT = new LinkedHashMap<>();

  static {
    S3_BUCKET_TO_OBJECT.put("s3:PutBucketPolicy", List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject"));
    S3_BUCKET_TO_OBJECT.put("s3:PutBucketAcl", List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject"));
    S3_BUCKET_TO_OBJECT.put("s3:PutLifecycleConfiguration", List.of("s3:DeleteObject"));
  }

  private IamActionSets() {}
}
