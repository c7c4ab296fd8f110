"""Starts a kernelspec through real jupyter_client and probes it; prints one JSON object with what it saw.

Usage: python3 jupyter_client_check.py KERNEL_NAME WORK_DIR
Used by JupyterClientTests (tests/EGov.Tests/Kernel); talks to 127.0.0.1 only.
"""
import json
import os
import socket
import sys
import time
from queue import Empty

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

name, work = sys.argv[1], sys.argv[2]
result = {}


def execute(kc, code, timeout=120):
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: outputs.append({"type": m["msg_type"], "content": m["content"]}))
    return {"reply": reply["content"], "outputs": [o for o in outputs if o["type"] != "status"]}


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                parent = int(stat[stat.rindex(")") + 2:].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, ValueError):
                pass
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def listening_ports(pids):
    inodes = set()
    for pid in pids:
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                try:
                    target = os.readlink(f"/proc/{pid}/fd/{fd}")
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            pass
    ports = []
    for table, family in (("/proc/net/tcp", "ipv4"), ("/proc/net/tcp6", "ipv6")):
        try:
            with open(table) as f:
                lines = f.readlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:  # 0A: LISTEN
                address, port = local.split(":")
                ports.append({"family": family, "address": address, "port": int(port, 16)})
    return ports


def http_probe(port, family):
    host = "::1" if family == "ipv6" else "127.0.0.1"
    received = b""
    try:
        with socket.create_connection((host, port), timeout=2) as s:
            s.settimeout(2)
            s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://example.invalid\r\nConnection: close\r\n\r\n")
            deadline = time.time() + 2
            while time.time() < deadline and len(received) < 4096:
                try:
                    chunk = s.recv(4096)
                except socket.timeout:
                    break
                except OSError:
                    break
                if not chunk:
                    break
                received += chunk
    except OSError as e:
        return {"port": port, "connected": False, "error": str(e), "http": False, "first_bytes": ""}
    return {"port": port, "connected": True, "http": received.startswith(b"HTTP/"), "first_bytes": received[:16].hex()}


km = KernelManager(kernel_name=name)
started = time.time()
km.start_kernel(cwd=work)
kc = km.client()
kc.start_channels()
try:
    kc.wait_for_ready(timeout=120)
    result["ready_seconds"] = round(time.time() - started, 2)
    result["kernel_info"] = kc.kernel_info(reply=True, timeout=30)["content"]
    result["first"] = execute(kc, 'Console.WriteLine("hello"); 1 + 2')
    result["compile_error"] = execute(kc, 'int y = "not an int";')

    pid = km.provisioner.process.pid
    result["pid"] = pid
    connection = km.get_connection_info()
    result["connection_ports"] = sorted(connection[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"))
    result["listening"] = listening_ports(descendants(pid))
    result["probes"] = [http_probe(p["port"], p["family"]) for p in result["listening"]]

    # A message signed with another key, and one not signed at all, must not run.
    marker = os.path.join(work, "bad-signature-ran.txt")
    code = 'System.IO.File.WriteAllText(@"%s", "ran")' % marker
    for key in (b"not-the-kernel-key", b""):
        session = Session(key=key, signature_scheme="hmac-sha256", username="tester")
        message = session.msg("execute_request", {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        session.send(kc.shell_channel.socket, message)
    replies = []
    try:
        while True:
            replies.append(kc.get_shell_msg(timeout=4)["msg_type"])
    except Empty:
        pass
    result["bad_signatures"] = {"replies": replies, "ran": os.path.exists(marker)}

    good = os.path.join(work, "good-signature-ran.txt")
    result["signed"] = execute(kc, 'System.IO.File.WriteAllText(@"%s", "ran")' % good)
    result["signed"]["ran"] = os.path.exists(good)
    result["bad_ran_later"] = os.path.exists(marker)
finally:
    kc.stop_channels()
    stopped = time.time()
    km.shutdown_kernel(now=False)
    result["shutdown_seconds"] = round(time.time() - stopped, 2)
    result["alive_after_shutdown"] = km.is_alive()
print(json.dumps(result))
