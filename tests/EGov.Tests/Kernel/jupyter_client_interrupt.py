"""Interrupts a busy cell through real jupyter_client (KernelManager.interrupt_kernel, which follows the kernelspec's
interrupt_mode); prints one JSON object with what it saw.

Usage: python3 jupyter_client_interrupt.py KERNEL_NAME WORK_DIR
Used by JupyterClientInterruptTests (tests/EGov.Tests/Kernel); talks to 127.0.0.1 only.
"""
import json
import sys
import time

from jupyter_client.manager import KernelManager

name, work = sys.argv[1], sys.argv[2]
result = {}


def reply_to(kc, msg_id, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        message = kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
        if message["parent_header"].get("msg_id") == msg_id:
            return message["content"]
    return None


km = KernelManager(kernel_name=name)
km.start_kernel(cwd=work)
kc = km.client()
kc.start_channels()
try:
    kc.wait_for_ready(timeout=120)
    result["interrupt_mode"] = km.kernel_spec.interrupt_mode
    result["before"] = reply_to(kc, kc.execute("var kept = 41;"), 120)["status"]
    busy = kc.execute("while (true) { }")
    time.sleep(2)
    started = time.time()
    km.interrupt_kernel()
    reply = reply_to(kc, busy, 30)
    result["interrupt_seconds"] = round(time.time() - started, 3)
    result["interrupted"] = reply
    outputs = []
    after = kc.execute_interactive("kept + 1", timeout=30, output_hook=lambda m: outputs.append(m))
    result["after"] = {"status": after["content"]["status"], "seconds": round(time.time() - started, 3),
                       "results": [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]}
    result["alive"] = km.is_alive()
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print(json.dumps(result))
