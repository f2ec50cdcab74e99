package dev.lintel.rules.cfn;

import dev.lintel.parse.data.CfnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parameter types CloudFormation accepts: {@code String}, {@code Number}, {@code List<Number>},
 * {@code CommaDelimitedList}, the AWS-specific types and lists of them, and the Systems Manager
 * parameter types. {@code List<String>} is accepted too: CloudFormation deploys it although the
 * user guide does not list it.
 */
final class ParameterTypes {

  private static final Set<String> PLAIN = Set.of("String", "Number", "List<Number>", "List<String>",
      "CommaDelimitedList");
  private static final Set<String> AWS_SPECIFIC = Set.of("AWS::EC2::AvailabilityZone::Name", "AWS::EC2::Image::Id",
      "AWS::EC2::Instance::Id", "AWS::EC2::KeyPair::KeyName", "AWS::EC2::SecurityGroup::GroupName",
      "AWS::EC2::SecurityGroup::Id", "AWS::EC2::Subnet::Id", "AWS::EC2::Volume::Id", "AWS::EC2::VPC::Id",
      "AWS::Route53::HostedZone::Id");
  private static final String SSM_VALUE = "AWS::SSM::Parameter::Value<";

  private ParameterTypes() {}

  static boolean isValid(String type) {
    if (PLAIN.contains(type) || type.equals("AWS::SSM::Parameter::Name")) {
      return true;
    }
    if (type.startsWith(SSM_VALUE) && type.endsWith(">")) {
      String inner = type.substring(SSM_VALUE.length(), type.length() - 1);
      return inner.equals("String") || inner.equals("List<String>") || inner.equals("CommaDelimitedList")
          || awsSpecific(inner);
    }
    return awsSpecific(type);
  }

  /** True for {@code SSM} types: the default names a Systems Manager parameter, not the value. */
  static boolean isSsm(String type) {
    return type != null && type.startsWith("AWS::SSM::Parameter::");
  }

  /** True for types whose value is a list, given as a comma-separated string. */
  static boolean isList(String type) {
    return type != null && (type.equals("CommaDelimitedList") || type.startsWith("List<"));
  }

  /** The valid type closest to {@code type}, or null. */
  static String closest(String type) {
    List<String> all = new ArrayList<>(PLAIN);
    all.addAll(AWS_SPECIFIC);
    AWS_SPECIFIC.forEach(t -> all.add("List<" + t + ">"));
    all.add("AWS::SSM::Parameter::Value<String>");
    return CfnSpec.closest(type, all);
  }

  private static boolean awsSpecific(String type) {
    return AWS_SPECIFIC.contains(type)
        || type.startsWith("List<") && type.endsWith(">") && AWS_SPECIFIC.contains(type.substring(5, type.length() - 1));
  }
}
