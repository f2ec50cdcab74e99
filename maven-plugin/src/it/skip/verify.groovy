def log = new File(basedir, 'build.log').text
assert log.contains('Lintel check skipped')
assert !log.contains('CORS_WILDCARD_ORIGIN')
assert !new File(basedir, 'target/lintel').exists()
