"""A subset of the conformance cases, through kazoo (a Python ZooKeeper client nobody on this project wrote).

Usage: kazoo-conformance.py HOSTS ROOT. Runs the cases against the ensemble at HOSTS under the znode ROOT and
prints one JSON document: a list of [label, outcome] pairs, normalised as test/conformance-zookeeper.test.ts
normalises (zxids by rank, times by whether they are set and ordered, session ids by whose they are), so
the transcripts of two servers compare equal when the servers answered alike. test/client-kazoo.test.ts
runs it against a zab ensemble and against Apache ZooKeeper and compares.
"""

import json
import sys
import threading

from kazoo.client import KazooClient
from kazoo.exceptions import KazooException, ZookeeperError
from kazoo.security import ACL, Id, make_digest_acl

hosts, root = sys.argv[1], sys.argv[2]
entries = []
sessions = {}


def connect():
    client = KazooClient(hosts=hosts, timeout=10.0)
    client.start(timeout=15)
    sessions[client.client_id[0]] = "session %d" % (len(sessions) + 1)
    return client


def stat_dict(stat):
    return {
        "czxid": stat.czxid, "mzxid": stat.mzxid, "pzxid": stat.pzxid, "ctime": stat.ctime, "mtime": stat.mtime,
        "version": stat.version, "cversion": stat.cversion, "aversion": stat.aversion,
        "ephemeralOwner": stat.ephemeralOwner, "dataLength": stat.dataLength, "numChildren": stat.numChildren,
    }


def result_of(r):
    if isinstance(r, Exception):
        return type(r).__name__
    return stat_dict(r) if hasattr(r, "czxid") else r


def outcome(run):
    try:
        return {"ok": run()}
    except ZookeeperError as error:
        return {"err": error.code}
    except KazooException as error:
        return {"failed": type(error).__name__}


def log(label, value):
    entries.append([label, value])


def acl_list(acls):
    return [{"perms": a.perms, "scheme": a.id.scheme, "id": a.id.id} for a in acls]


a = connect()
b = connect()
try:
    # Create, read, update, delete with versions.
    log("create", outcome(lambda: a.create(root, b"v0")))
    log("create again", outcome(lambda: a.create(root, b"again")))
    log("create orphan", outcome(lambda: a.create(root + "/missing/child", b"")))
    log("get", outcome(lambda: (lambda r: {"data": r[0].decode(), "stat": stat_dict(r[1])})(a.get(root))))
    log("set v0", outcome(lambda: stat_dict(a.set(root, b"v1", version=0))))
    log("set stale", outcome(lambda: stat_dict(a.set(root, b"v2", version=0))))
    log("create a", outcome(lambda: a.create(root + "/a", b"")))
    log("delete non-empty", outcome(lambda: a.delete(root)))
    log("delete bad version", outcome(lambda: a.delete(root + "/a", version=3)))
    # Sequential and ephemeral nodes.
    log("seq 1", outcome(lambda: a.create(root + "/job-", b"", sequence=True)))
    log("seq 2", outcome(lambda: a.create(root + "/job-", b"", sequence=True)))
    log("ephemeral seq", outcome(lambda: a.create(root + "/lock-", b"", ephemeral=True, sequence=True)))
    log("ephemeral seen by b", outcome(lambda: stat_dict(b.exists(root + "/lock-0000000003"))))
    log("child of ephemeral", outcome(lambda: a.create(root + "/lock-0000000003/c", b"")))
    log("children", outcome(lambda: sorted(a.get_children(root))))
    # A transaction (multi): all or nothing.
    t = a.transaction()
    t.create(root + "/t1", b"")
    t.check(root + "/a", 0)
    t.set_data(root + "/a", b"x", 0)
    log("transaction ok", outcome(lambda: [result_of(r) for r in t.commit()]))
    t = a.transaction()
    t.create(root + "/t2", b"")
    t.set_data(root + "/a", b"y", 7)
    log("transaction failed", outcome(lambda: [result_of(r) for r in t.commit()]))
    log("nothing applied", outcome(lambda: a.exists(root + "/t2")))
    # ACLs: a digest identity, NOAUTH for the other session, setACL's aversion.
    a.add_auth("digest", "alice:secret")
    alice_acl = make_digest_acl("alice", "secret", all=True)
    log("create protected", outcome(lambda: a.create(root + "/p", b"secret", acl=[alice_acl])))
    log("b get protected", outcome(lambda: a.get(root + "/p")[0].decode() and b.get(root + "/p")[0].decode()))
    log("b set protected", outcome(lambda: stat_dict(b.set(root + "/p", b"x"))))
    log("a get_acls", outcome(lambda: (lambda r: {"acl": acl_list(r[0]), "stat": stat_dict(r[1])})(a.get_acls(root + "/p"))))
    readable = [ACL(1, Id("world", "anyone")), alice_acl]
    log("set_acls", outcome(lambda: stat_dict(a.set_acls(root + "/p", readable, version=0))))
    log("set_acls stale", outcome(lambda: stat_dict(a.set_acls(root + "/p", readable, version=0))))
    log("b get after set_acls", outcome(lambda: b.get(root + "/p")[0].decode()))
    log("b get_acls (hash hidden)", outcome(lambda: acl_list(b.get_acls(root + "/p")[0])))
    log("invalid acl", outcome(lambda: a.create(root + "/bad", b"", acl=[ACL(31, Id("digest", "nohash"))])))
    # A data watch fires once, before the read that shows the change.
    fired = []
    got = threading.Event()

    def watcher(event):
        fired.append([event.type, event.path])
        got.set()

    b.get(root + "/a", watch=watcher)
    a.set(root + "/a", b"w1")
    got.wait(10)
    log("watch event", fired)
    a.set(root + "/a", b"w2")
    log("read after second set", outcome(lambda: b.get(root + "/a")[0].decode()))
    log("events", fired)
finally:
    a.stop()
    b.stop()
    a.close()
    b.close()

# Normalise: zxids by rank, times by whether they are set, session ids by whose they are.
zxids = set()


def collect(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            collect(v, k)
    elif isinstance(value, list):
        for v in value:
            collect(v)
    elif key in ("czxid", "mzxid", "pzxid") and value != 0:
        zxids.add(value)


collect(entries)
rank = {z: "z%d" % (i + 1) for i, z in enumerate(sorted(zxids))}


def normal(value, key=""):
    if isinstance(value, dict):
        out = {k: normal(v, k) for k, v in value.items()}
        if "ctime" in value and "mtime" in value:
            out["mtimeNotBeforeCtime"] = value["mtime"] >= value["ctime"]
        return out
    if isinstance(value, list):
        return [normal(v) for v in value]
    if key in ("czxid", "mzxid", "pzxid"):
        return "z0" if value == 0 else rank[value]
    if key in ("ctime", "mtime"):
        return "set" if value != 0 else "unset"
    if key == "ephemeralOwner":
        return "none" if value == 0 else sessions.get(value, "another session")
    return value


json.dump(normal(entries), sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
