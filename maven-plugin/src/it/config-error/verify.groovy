def log = new File(basedir, 'build.log').text
assert log =~ /Lintel: .*\.lintel\.yml:\d+:\d+: key '/
