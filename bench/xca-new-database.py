#!/usr/bin/env python3
"""xca-new-database.py FILE PASSWORD: creates an empty XCA database. XCA asks for a new database's password on a
terminal whatever its options say, so this answers the prompt through a pseudo-terminal."""
import os
import pty
import select
import sys
import time

database, password = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("xca", ["xca", "--no-gui", "--database=" + database, "--exit"])
seen, answered, deadline = b"", 0, time.time() + 60
while time.time() < deadline:
    if not select.select([fd], [], [], 0.5)[0]:
        continue
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    seen += data
    while seen.count(b"Password:") > answered:
        answered += 1
        os.write(fd, password.encode() + b"\n")
_, status = os.waitpid(pid, 0)
sys.exit(0 if os.path.exists(database) and os.waitstatus_to_exitcode(status) == 0 else 1)
