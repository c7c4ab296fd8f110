"""
Times the kernel as a Jupyter client sees it (jupyter_client, the project's kernelspec): start to ready (kernel_info
answered), the first and the warm complete_request and inspect_request, and a `1+1` execute round trip (request to
idle). Prints one JSON object; bench/kernel.sh runs it and compares with the goals.
"""
import json
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

name, rounds, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
TIMEOUT = 120


def timed(fn):
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def reply(kc, msg_id):
    while True:
        msg = kc.get_shell_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg["content"]


def until_idle(kc, msg_id):
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return


km = KernelManager(kernel_name=name)
start = time.perf_counter()
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=TIMEOUT)
ready = (time.perf_counter() - start) * 1000

completion_code, inspect_code = "Console.WriteL", "Math.Round"
# A request the moment the kernel is ready waits for the language services' warm-up (they need the C# kernel built and
# one compilation); the kernel logs when they are ready. Both are measured: "at ready" and "first after warm-up".
at_ready_complete = timed(lambda: reply(kc, kc.complete("Math.P", 6)))
services_ready = None
while services_ready is None and time.perf_counter() - start < TIMEOUT:
    with open(log) as f:
        for line in f:
            if "language services ready (" in line:
                services_ready = int(line.split("(")[1].split(" ")[0])
    time.sleep(0.1)
first_complete = timed(lambda: reply(kc, kc.complete(completion_code, len(completion_code))))
first_inspect = timed(lambda: reply(kc, kc.inspect(inspect_code, len(inspect_code))))
warm_complete = [timed(lambda: reply(kc, kc.complete(completion_code, len(completion_code)))) for _ in range(rounds)]
warm_inspect = [timed(lambda: reply(kc, kc.inspect(inspect_code, len(inspect_code)))) for _ in range(rounds)]
# Members of a variable, each time in a new context (another variable name: nothing cached), then keystrokes in one context.
new_context = [timed(lambda i=i: reply(kc, kc.complete(f"var numbers{i} = new List<int>(); numbers{i}.", 34 + 2 * len(str(i)))))
               for i in range(rounds)]
member = "var numbers = new List<int>(); numbers.Co"
keystrokes = [timed(lambda n=n: reply(kc, kc.complete(member[:n], n))) for n in range(len(member) - 2, len(member) + 1)]


def round_trip():
    msg_id = kc.execute("1+1")
    reply(kc, msg_id)
    until_idle(kc, msg_id)


first_execute = timed(round_trip)
warm_execute = [timed(round_trip) for _ in range(rounds)]
kc.stop_channels()
km.shutdown_kernel(now=True)

median = statistics.median
print(json.dumps({
    "start_to_ready_ms": round(ready), "language_services_ready_ms": services_ready,
    "complete_at_ready_ms": round(at_ready_complete),
    "first_complete_ms": round(first_complete), "warm_complete_ms": round(median(warm_complete)),
    "member_complete_new_context_ms": round(median(new_context)), "member_complete_keystroke_ms": round(median(keystrokes[1:])),
    "first_inspect_ms": round(first_inspect), "warm_inspect_ms": round(median(warm_inspect)),
    "first_execute_1plus1_ms": round(first_execute), "warm_execute_1plus1_ms": round(median(warm_execute)),
    "rounds": rounds,
}))
