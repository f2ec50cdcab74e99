def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] src\/main\/resources\/cors\.xml:4:20 CORS_WILDCARD_ORIGIN /
assert !log.contains('Lintel found')
['lintel.sarif', 'lintel.json', 'lintel.txt'].each {
  def f = new File(basedir, "target/lintel/$it")
  assert f.isFile() && f.text.contains('CORS_WILDCARD_ORIGIN')
}
