def log = new File(basedir, 'build.log').text
// the parent scans only its own directory: the modules' files are reported once, by their module
assert log.findAll(/\[WARNING\] bad\/src\/main\/resources\/cors\.xml:4:20 CORS_WILDCARD_ORIGIN /).size() == 1
assert !log.contains('good/src/main/resources/cors.xml:')
assert log =~ /good \.+ SUCCESS/
assert log =~ /bad \.+ FAILURE/
assert new File(basedir, 'bad/target/lintel/lintel.sarif').isFile()
