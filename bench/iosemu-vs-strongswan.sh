#!/usr/bin/env bash
# IKEv1 MM + QM + DELETE cycles per second, strongSwan (initiator, VICI-driven like the harness's bench.sh)
# against iosemu (responder, `Main --udp R1=10.99.0.2` in its own namespace), then the
# harness's strongSwan<->strongSwan figure in the same run for comparison. Root; only our namespaces.
#
#   bench/iosemu-vs-strongswan.sh [--seconds 20] [--count 3000] [--workers "1 4"] [--warmup 10] [--harness DIR]
# --warmup S: S seconds of unmeasured cycles against each fresh iosemu JVM first (0 = none)
set -euo pipefail
cd "$(dirname "$0")/.."
H=/work/shared/harness/ike; SECS=20; COUNT=3000; WORKERS="1 4"; WARMUP=10
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECS=$2; shift;; --count) COUNT=$2; shift;; --warmup) WARMUP=$2; shift;; --workers) WORKERS=$2; shift;; --harness) H=$2; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac; shift
done
export IKE_HARNESS_DIR=$PWD/target/ike-bench
NAME=iosemu-bench; PNS=iosemu-bp; DNS=iosemu-bd
mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime >/dev/null
CP=target/classes:$(cat target/cp.txt)
DUT_PID=
cleanup() {
  [ -n "$DUT_PID" ] && kill "$DUT_PID" 2>/dev/null || true
  "$H/stop-peer.sh" --name $NAME --kill --teardown >/dev/null 2>&1 || true
}
trap cleanup EXIT
dut_config() { # $1 = 3des|aes
  echo "enable"; echo "configure terminal"; echo "crypto isakmp policy 1"
  if [ "$1" = aes ]; then echo " encryption aes"; echo " hash sha256"; echo " group 14"; else echo " encryption 3des"; echo " group 2"; fi
  echo " authentication pre-share"; echo " exit"
  echo "crypto isakmp key kd94j1ksldz address 10.99.0.1"
  if [ "$1" = aes ]; then echo "crypto ipsec transform-set ts esp-aes esp-sha256-hmac"; else echo "crypto ipsec transform-set ts esp-3des esp-sha-hmac"; fi
  echo " exit"
  echo "access-list 101 permit ip 10.99.2.0 0.0.0.255 10.99.1.0 0.0.0.255"
  echo "crypto map vpn 10 ipsec-isakmp"; echo " set peer 10.99.0.1"; echo " set transform-set ts"; echo " match address 101"; echo " exit"
  echo "interface FastEthernet0/0"; echo " ip address 10.99.0.2 255.255.255.0"; echo " crypto map vpn"; echo " no shutdown"; echo " exit"
  echo "end"
}
conns() { # $1 workers $2 ike $3 esp
  echo "connections {"
  for i in $(seq 0 $(($1 - 1))); do
    printf '  b%d {\n    version = 1\n    local_addrs = 10.99.0.1\n    remote_addrs = 10.99.0.2\n    proposals = %s\n    unique = never\n' "$i" "$2"
    printf '    local {\n      auth = psk\n      id = b%d@bench\n    }\n    remote {\n      auth = psk\n      id = 10.99.0.2\n    }\n' "$i"
    printf '    children {\n      c {\n        local_ts = 10.99.1.0/24\n        remote_ts = 10.99.2.0/24\n        esp_proposals = %s\n        start_action = none\n      }\n    }\n  }\n' "$3"
  done
  echo "}"
}
echo "# $(nproc) CPUs; $(dpkg-query -W -f='strongswan-charon ${Version}' strongswan-charon); $(java -version 2>&1 | head -1)"
echo "# pair | suite | workers | ok | failed | seconds | cycles/s | p50 ms | p90 ms"
for suite in ${SUITES:-3des:3des-sha1-modp1024:3des-sha1 aes:aes128-sha256-modp2048:aes128-sha256}; do
  kind=${suite%%:*}; rest=${suite#*:}; ike=${rest%%:*}; esp=${rest#*:}
  for w in $WORKERS; do
    "$H/stop-peer.sh" --name $NAME --kill >/dev/null 2>&1 || true
    "$H/start-peer.sh" --name $NAME --ns $PNS --dut-ns $DNS --respond --bench --ike "$ike" --esp "$esp" >/dev/null 2>&1
    rm -f target/bench-dut.in; mkfifo target/bench-dut.in
    ip netns exec $DNS java ${DUT_JAVA_OPTS:-} -cp "$CP" org.iosemu.app.Main --udp R1=10.99.0.2 < target/bench-dut.in > target/bench-dut.out 2>&1 &
    DUT_PID=$!
    exec 3>target/bench-dut.in
    dut_config $kind >&3
    sleep 3
    conns "$w" "$ike" "$esp" > "$IKE_HARNESS_DIR/$NAME/bench-conns.conf"
    STRONGSWAN_CONF=$IKE_HARNESS_DIR/$NAME/strongswan.conf swanctl --load-conns --file "$IKE_HARNESS_DIR/$NAME/bench-conns.conf" \
        --uri unix://$IKE_HARNESS_DIR/$NAME/charon.vici >/dev/null
    # a router is a long-running process: let the JIT compile the IKE paths before measuring
    # (strongSwan is native code and needs no warm-up)
    [ "$WARMUP" -gt 0 ] && python3 "$H/vici_bench.py" "$IKE_HARNESS_DIR/$NAME/charon.vici" --workers "$w" --count 100000 --seconds "$WARMUP" >/dev/null
    res=$(python3 "$H/vici_bench.py" "$IKE_HARNESS_DIR/$NAME/charon.vici" --workers "$w" --count "$COUNT" --seconds "$SECS")
    python3 -c '
import json, sys
r = json.loads(sys.argv[2])
print("strongSwan->iosemu | %s | %d | %d | %d | %.1f | %.1f | %s | %s%s" % (sys.argv[1], r["workers"], r["ok"], r["failed"],
      r["seconds"], r["rate"], r["lat_ms_p50"], r["lat_ms_p90"], ("   errors: %s" % r["errors"][:3]) if r["errors"] else ""))' "$ike/$esp" "$res"
    exec 3>&-
    wait "$DUT_PID" 2>/dev/null || true
    DUT_PID=
  done
done
"$H/stop-peer.sh" --name $NAME --kill --teardown >/dev/null 2>&1 || true
echo "# strongSwan<->strongSwan (harness bench.sh, same machine, same run):"
[ "${SKIP_REFERENCE:-}" ] || "$H/bench.sh" --seconds "$SECS" --count "$COUNT" --workers "$WORKERS"
