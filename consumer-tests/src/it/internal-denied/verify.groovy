// The build failed because the kernel's package is closed to hosts, not for another reason.
def log = new File(basedir, 'build.log').text
assert log.contains('package org.caseload.core.internal is not visible')
assert log.contains('does not export it to module host')
