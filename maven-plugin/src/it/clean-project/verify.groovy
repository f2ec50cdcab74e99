def log = new File(basedir, 'build.log').text
assert log.contains('Lintel: 1 file(s) analysed, 0 finding(s)')
def sarif = new File(basedir, 'target/lintel/lintel.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version" : "2.1.0"') || sarif.text.contains('"version": "2.1.0"')
