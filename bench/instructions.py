#!/usr/bin/env python3
"""Instructions per proxied request of lethe's worker, counted by callgrind: deterministic,
so it tells a change's cost apart on a machine too noisy for timings. One worker behind
lethe-mock; per case (short or 2 KB prompt, whole or streamed answer) WARMUP requests,
then the count is zeroed, REQUESTS (1,000) go through one after another on CONNECTIONS (1)
kept-alive connections, and the count is dumped. Prints per request: all instructions,
the same without memset, and by library (libc without memset).

    python3 bench/instructions.py                       # build/lethe, the four cases
    LETHE=/path/to/other/lethe python3 bench/instructions.py short-whole,2kb-stream

Without memset, because callgrind counts every byte `rep stosb` stores as an instruction:
the privacy wipes (the stack below the loop after every pass, the arena, every freed block)
would be most of the total while they are a few per cent of the CPU time. Needs valgrind.
Sequential requests on one connection keep the loop's passes per request the same from
run to run; the figures then repeat within about 1 %."""
from common import LETHE, MOCK, ROOT, free_port, wait_up
from targets import PROMPT, REPLY, read_answer, request_bytes
import json, os, re, selectors, shutil, signal, socket, subprocess, sys, tempfile, time

REQUESTS = int(os.environ.get("REQUESTS", "1000"))
WARMUP = int(os.environ.get("WARMUP", "300"))
CONNECTIONS = int(os.environ.get("CONNECTIONS", "1"))
CASES = ["short-whole", "short-stream", "2kb-whole", "2kb-stream"]


def drive(port, request, total):
    """total requests over CONNECTIONS kept-alive connections, one in flight on each."""
    selector = selectors.DefaultSelector()
    sent = done = 0
    for _ in range(min(CONNECTIONS, total)):
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(request)
        sent += 1
        selector.register(connection, selectors.EVENT_READ)
    while done < total:
        for key, _ in selector.select(timeout=120):
            connection = key.fileobj
            head, _ = read_answer(connection)
            if b" 200 " not in head.split(b"\r\n")[0]:
                sys.exit(f"answer not 200: {head[:200]!r}")
            done += 1
            if sent < total:
                connection.sendall(request)
                sent += 1
            else:
                selector.unregister(connection)
                connection.close()


def control(*args):
    subprocess.run(["callgrind_control", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def per_request(path):
    """(all, without memset, {library: count}) per request, from one callgrind dump."""
    out = subprocess.run(["callgrind_annotate", "--threshold=100", path], check=True, capture_output=True,
                         text=True).stdout
    total = memset = 0
    by_object = {}
    for line in out.splitlines():
        match = re.match(r"^\s*([\d,]+) .*\[(.+)\]$", line)
        if match is None or "PROGRAM TOTALS" in line:
            continue
        count = int(match.group(1).replace(",", ""))
        total += count
        if "memset" in line:
            memset += count
            continue                      # counted apart from its library (libc)
        library = os.path.basename(match.group(2))
        by_object[library] = by_object.get(library, 0) + count
    return total / REQUESTS, (total - memset) / REQUESTS, {k: v / REQUESTS for k, v in by_object.items()}


def main():
    if shutil.which("valgrind") is None:
        sys.exit("missing valgrind: apt-get install -y valgrind")
    cases = sys.argv[1].split(",") if len(sys.argv) > 1 else CASES
    prompt_2k = open(os.path.join(ROOT, "bench", "prompt-2k.txt")).read()
    work = tempfile.mkdtemp()
    mock_port, lethe_port = free_port(), free_port()
    mock = subprocess.Popen([MOCK, "--listen", f"127.0.0.1:{mock_port}", "--reply", REPLY, "--chunk_bytes", "16"])
    config = os.path.join(work, "lethe.json")
    with open(config, "w") as out:
        json.dump({"listen": f"127.0.0.1:{lethe_port}", "workers": 1,
                   "providers": [{"name": "mock", "type": "openai", "base_url": f"http://127.0.0.1:{mock_port}/v1",
                                  "api_key": "bench"}],
                   "routes": [{"name": "default", "chain": [{"target": "mock/bench-model"}]}]}, out)
    grind = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                              f"--callgrind-out-file={work}/callgrind.%p", LETHE, "-c", config],
                             stderr=subprocess.DEVNULL)
    try:
        wait_up(f"http://127.0.0.1:{mock_port}/__mock/stats")
        for _ in range(600):              # Hyperscan's start-up under valgrind takes a while
            try:
                socket.create_connection(("127.0.0.1", lethe_port)).close()
                break
            except OSError:
                time.sleep(0.5)
        wait_up(f"http://127.0.0.1:{lethe_port}/healthz")
        print(f"instructions per request, {REQUESTS} requests over {CONNECTIONS} connection(s), {LETHE}")
        for case in cases:
            prompt, mode = case.split("-")
            request = request_bytes(lethe_port, prompt=prompt_2k if prompt == "2kb" else PROMPT,
                                    stream=mode == "stream")
            drive(lethe_port, request, WARMUP)
            control("-i", "on", str(grind.pid))
            control("-z", str(grind.pid))
            drive(lethe_port, request, REQUESTS)
            control("-d", "case_" + case, str(grind.pid))
            control("-i", "off", str(grind.pid))
            dumps = sorted((p for p in os.listdir(work) if p.startswith("callgrind.") and "." in p[10:]),
                           key=lambda p: int(p.rsplit(".", 1)[1]))
            total, without_memset, by_object = per_request(os.path.join(work, dumps[-1]))
            libraries = ", ".join(f"{name.split('.so')[0]} {count / 1000:.1f}k"
                                  for name, count in sorted(by_object.items(), key=lambda item: -item[1])
                                  if count >= 1000)
            print(f"{case:13} {total / 1000:7.1f}k, without memset {without_memset / 1000:7.1f}k ({libraries})")
    finally:
        grind.send_signal(signal.SIGTERM)
        try:
            grind.wait(timeout=60)
        except subprocess.TimeoutExpired:
            grind.kill()
        mock.terminate()
        mock.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
