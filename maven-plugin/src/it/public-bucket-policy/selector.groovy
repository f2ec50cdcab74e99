// Runs only when the rule under test is built in (it is developed on another branch).
def ids = dev.lintel.rules.BuiltInRules.all().collect { it.getClass().getAnnotation(dev.lintel.engine.RuleMeta).id() }
if (!ids.contains('S3_BUCKET_POLICY_PUBLIC')) {
  println 'public-bucket-policy: skipped, S3_BUCKET_POLICY_PUBLIC is not among the built-in rules yet'
  return false
}
return true
