#!/usr/bin/env bash
# lethe against a direct call and against nginx as a plain reverse proxy, measured side by
# side in one run on loopback (these machines are noisy: rounds interleave the targets).
#
#   bench/compare.sh            # short prompt and 2 KB prompt, non-streaming and streaming,
#                               # 3 rounds of 5 s per target; ends with one summary table
#   ROUNDS=5 DURATION=10 CONNECTIONS=64 bench/compare.sh
#   PROMPT_FILE=bench/prompt-2k.txt bench/compare.sh     # only this user message
#   BEFORE=/path/to/older/lethe bench/compare.sh         # and an older build, same config,
#                                                        # in the same rounds (before/after)
#
# Targets: (a) lethe-mock directly, (b) nginx proxy_pass to it (upstream keep-alive,
# one worker), (c) lethe to it (one worker, scrubbing on, the default), (d) the same
# lethe config with "scrub": {"enabled": false}, so (c)/(d) is what masking costs. wrk
# runs pinned to the last core. Prints requests/s, p50 and p99 per target (median over
# rounds), CPU microseconds per request for nginx and lethe (from /proc, steadier than
# throughput), and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-32}
LETHE=${LETHE:-build/lethe}
MOCK=${LETHE_MOCK:-build/lethe-mock}
BEFORE=${BEFORE:-}
targets=(direct nginx lethe unscrubbed)
[ -n "$BEFORE" ] && targets+=(before)
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y wrk nginx-light curl python3" >&2; exit 1; }
done
[ -x "$LETHE" ] && [ -x "$MOCK" ] || { echo "build first: meson setup build && ninja -C build" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -s -o /dev/null "$1" && return 0; sleep 0.05; done; echo "$1 did not come up" >&2; exit 1; }

mock_port=$(free_port); nginx_port=$(free_port); lethe_port=$(free_port); raw_port=$(free_port)
short_prompt="Hello, how are you doing today? Tell me a short story about the sea."
declare -A prompts=()
if [ -n "${PROMPT_FILE:-}" ]; then
    prompts[$(basename "$PROMPT_FILE" .txt)]=$(cat "$PROMPT_FILE")
    prompt_names=("$(basename "$PROMPT_FILE" .txt)")
else
    prompts[short]=$short_prompt
    prompts[2kb]=$(cat bench/prompt-2k.txt)
    prompt_names=(short 2kb)
fi
reply="Hello there, this is a canned answer of moderate length, about two hundred bytes, to look like a model's reply coming back from the simulated provider in sixteen-byte pieces."
"$MOCK" --listen "127.0.0.1:$mock_port" --reply "$reply" --chunk_bytes 16 & pids+=($!)

mkdir -p "$work/nginx"
cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    upstream mock { server 127.0.0.1:$mock_port; keepalive 64; }
    server {
        listen 127.0.0.1:$nginx_port;
        location / {
            proxy_pass http://mock;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
}
NGINX
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" & pids+=($!)

cat > "$work/lethe.json" <<JSON
{"listen": "127.0.0.1:$lethe_port", "workers": 1,
 "providers": [{"name": "mock", "type": "openai", "base_url": "http://127.0.0.1:$mock_port/v1", "api_key": "bench"}],
 "routes": [{"name": "default", "chain": [{"target": "mock/bench-model"}]}]}
JSON
"$LETHE" -c "$work/lethe.json" 2>/dev/null & pids+=($!)
lethe_pid=$!
sed -e "s/:$lethe_port/:$raw_port/" -e 's/^{/{"scrub": {"enabled": false}, /' "$work/lethe.json" > "$work/raw.json"
"$LETHE" -c "$work/raw.json" 2>/dev/null & pids+=($!)
raw_pid=$!
if [ -n "$BEFORE" ]; then
    before_port=$(free_port)
    sed -e "s/:$lethe_port/:$before_port/" "$work/lethe.json" > "$work/before.json"
    "$BEFORE" -c "$work/before.json" 2>/dev/null & pids+=($!)
    before_pid=$!
    wait_up "http://127.0.0.1:$before_port/healthz"
fi

wait_up "http://127.0.0.1:$mock_port/__mock/stats"
wait_up "http://127.0.0.1:$lethe_port/healthz"
wait_up "http://127.0.0.1:$raw_port/healthz"
for _ in $(seq 100); do [ -f "$work/nginx/nginx.pid" ] && break; sleep 0.05; done
nginx_worker=$(pgrep -P "$(cat "$work/nginx/nginx.pid")" | head -1)

declare -A url=(
    [direct]="http://127.0.0.1:$mock_port/v1/chat/completions"
    [nginx]="http://127.0.0.1:$nginx_port/v1/chat/completions"
    [lethe]="http://127.0.0.1:$lethe_port/v1/chat/completions"
    [unscrubbed]="http://127.0.0.1:$raw_port/v1/chat/completions"
)
declare -A process=([nginx]=$nginx_worker [lethe]=$lethe_pid [unscrubbed]=$raw_pid)
if [ -n "$BEFORE" ]; then
    url[before]="http://127.0.0.1:$before_port/v1/chat/completions"
    process[before]=$before_pid
fi

for name in "${prompt_names[@]}"; do
for mode in plain stream; do
    stream=false; [ "$mode" = stream ] && stream=true
    body=$(python3 -c 'import json,sys; print(json.dumps({"model": "mock/bench-model", "stream": sys.argv[2] == "true",
        "messages": [{"role": "user", "content": sys.argv[1]}]}))' "${prompts[$name]}" "$stream")
    printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' \
        "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$body")" > "$work/$name-$mode.lua"
    for target in "${targets[@]}"; do
        answer=$(curl -s "${url[$target]}" -H 'Content-Type: application/json' -d "$body")
        expected="sixteen-byte pieces"
        [ "$mode" = stream ] && expected="data: [DONE]"
        case "$answer" in *"$expected"*) ;; *) echo "$target did not answer correctly ($name, $mode): ${answer:0:200}" >&2; exit 1 ;; esac
    done
done
done

ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
cores=$(nproc)
pin=$((cores - 1))

for name in "${prompt_names[@]}"; do
for mode in plain stream; do
    : > "$work/$name-$mode.results"
    for round in $(seq "$ROUNDS"); do
        for target in "${targets[@]}"; do
            before=0
            [ -n "${process[$target]:-}" ] && before=$(ticks "${process[$target]}")
            out=$(taskset -c "$pin" wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$work/$name-$mode.lua" "${url[$target]}")
            cpu_us=0
            requests=$(echo "$out" | awk '/requests in/ {print $1}')
            if [ -n "${process[$target]:-}" ]; then
                after=$(ticks "${process[$target]}")
                cpu_us=$(( (after - before) * 1000000 / hz / (requests > 0 ? requests : 1) ))
            fi
            rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
            p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
            p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
            errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
            echo "$target $rps $p50 $p99 $cpu_us ${errors:-0}" >> "$work/$name-$mode.results"
        done
    done
    python3 - "$mode" "$work/$name-$mode.results" "$CONNECTIONS" "$DURATION" "$ROUNDS" "$name" <<'PY'
import statistics, sys
mode, path, connections, duration, rounds, prompt = sys.argv[1:]
rows = {}
for line in open(path):
    target, rps, p50, p99, cpu, errors = line.split()
    rows.setdefault(target, []).append((float(rps), p50, p99, int(cpu), int(errors)))
def ms(text):
    unit = 1e-3 if text.endswith("us") else 1e3 if text.endswith("s") and not text.endswith("ms") else 1
    return float(text.rstrip("mus")) * unit
print(f"\n{prompt} prompt, {'streaming' if mode == 'stream' else 'non-streaming'}: {connections} connections, {rounds} rounds of {duration} s, median per target")
print(f"{'target':10} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'CPU us/req':>11} {'non-2xx':>8}")
median = {}
for target in ("direct", "nginx", "lethe", "unscrubbed", "before"):
    if target not in rows:
        continue
    runs = rows[target]
    rps = statistics.median(r[0] for r in runs)
    p50 = statistics.median(ms(r[1]) for r in runs)
    p99 = statistics.median(ms(r[2]) for r in runs)
    cpu = statistics.median(r[3] for r in runs)
    errors = sum(r[4] for r in runs)
    median[target] = (rps, cpu)
    print(f"{target:10} {rps:10.0f} {p50:8.2f} {p99:8.2f} {cpu if target != 'direct' else '-':>11} {errors:8d}")
print(f"lethe/nginx throughput {median['lethe'][0] / median['nginx'][0]:.2f}x, "
      f"lethe/direct {median['lethe'][0] / median['direct'][0]:.2f}x, "
      f"CPU per request lethe/nginx {median['lethe'][1] / max(median['nginx'][1], 1):.2f}x")
print(f"scrubbing: throughput {median['lethe'][0] / median['unscrubbed'][0]:.2f}x of unscrubbed, "
      f"CPU per request +{median['lethe'][1] - median['unscrubbed'][1]} us")
if "before" in median:
    print(f"before/nginx throughput {median['before'][0] / median['nginx'][0]:.2f}x, "
          f"CPU per request before {median['before'][1]} us, now {median['lethe'][1]} us")
PY
done
done

# One table for all: the figures the cost-per-request issue tracks.
python3 - "$work" "${prompt_names[@]}" <<'PY'
import statistics, sys
work, names = sys.argv[1], sys.argv[2:]
print("\nsummary (median of the rounds; scrubbing on; CPU = microseconds of CPU per request of the proxy process)")
before = "before" in open(f"{work}/{names[0]}-plain.results").read()
extra_head = " before/nginx | before CPU us |" if before else ""
print(f"| prompt | answer | direct req/s | nginx req/s | lethe req/s | lethe/nginx | lethe/direct | nginx CPU us | lethe CPU us | lethe unscrubbed CPU us |{extra_head}")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if before else ""))
for name in names:
    for mode in ("plain", "stream"):
        rows = {}
        for line in open(f"{work}/{name}-{mode}.results"):
            target, rps, p50, p99, cpu, errors = line.split()
            rows.setdefault(target, []).append((float(rps), int(cpu)))
        rps = {t: statistics.median(r[0] for r in v) for t, v in rows.items()}
        cpu = {t: statistics.median(r[1] for r in v) for t, v in rows.items()}
        print(f"| {name} | {'streaming' if mode == 'stream' else 'whole'} | {rps['direct']:.0f} | {rps['nginx']:.0f} | "
              f"{rps['lethe']:.0f} | {rps['lethe'] / rps['nginx']:.2f}x | {rps['lethe'] / rps['direct']:.2f}x | "
              f"{cpu['nginx']:.0f} | {cpu['lethe']:.0f} | {cpu['unscrubbed']:.0f} |"
              + (f" {rps['before'] / rps['nginx']:.2f}x | {cpu['before']:.0f} |" if before else ""))
PY
