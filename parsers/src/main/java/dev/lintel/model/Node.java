package dev.lintel.model;

/**
 * A node of the data tree shared by JSON and YAML documents. Every node knows its exact range.
 * CloudFormation intrinsic functions, long form ({@code {"Ref": "x"}}) or YAML short form
 * ({@code !Ref x}), are {@link IntrinsicNode}s so rules never care which form was written.
 */
public sealed interface Node permits MappingNode, SequenceNode, ScalarNode, IntrinsicNode {

  TextRange range();

  /** The node as a mapping, or null. */
  default MappingNode asMapping() {
    return this instanceof MappingNode m ? m : null;
  }

  /** The node as a sequence, or null. */
  default SequenceNode asSequence() {
    return this instanceof SequenceNode s ? s : null;
  }

  /** The node as a scalar, or null. */
  default ScalarNode asScalar() {
    return this instanceof ScalarNode s ? s : null;
  }

  /** The scalar text of this node, or null when it is not a scalar. */
  default String text() {
    return this instanceof ScalarNode s ? s.value() : null;
  }
}
