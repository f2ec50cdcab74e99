package dev.lintel.engine;

/** Rule categories; a rule id starts with its category's prefix (RULES.md §1.1). */
public enum Category {
  ENGINE, IAM, S3, CORS, CFN, SAM, NET, EC2, EFS, FSTAB, NGINX, LAMBDA, APIGW, CF, KMS, SQS, SNS,
  KINESIS, RDS, DDB, ELB, TRAIL, SECRET, ENC, LOG
}
