def log = new File(basedir, 'build.log').text
assert log.contains('S3_BUCKET_POLICY_PUBLIC')
assert log =~ /\[ERROR\] src\/main\/resources\/public-bucket-policy\.json:\d+:\d+ S3_BUCKET_POLICY_PUBLIC /
assert log.contains('Lintel found')
assert new File(basedir, 'target/lintel/lintel.sarif').text.contains('S3_BUCKET_POLICY_PUBLIC')
