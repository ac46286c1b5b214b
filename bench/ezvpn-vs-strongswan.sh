#!/usr/bin/env bash
# Easy VPN handshakes per second: Aggressive Mode (PSK, key-id group) + XAUTH + Mode Config (virtual IP) + Quick
# Mode + DELETE cycles, a strongSwan client (VICI-driven like the harness's bench.sh) against iosemu as the Easy
# VPN server (`Main --udp R1=10.99.0.2` in its own namespace, configured with IOS commands), then against a
# strongSwan Easy VPN-style server (xauth-generic, a pool, split-include) in the same namespace, same run, same
# suite. Root; only our own namespaces (iosemu-ep, iosemu-ed).
#
#   bench/ezvpn-vs-strongswan.sh [--seconds 20] [--count 3000] [--workers "1 4"] [--warmup 60] [--harness DIR]
# --warmup S: S seconds of unmeasured cycles against each fresh iosemu JVM first (0 = none); at most 64 workers.
#   60 s, not the Main Mode bench's 10: most Easy VPN code runs once per cycle, and at ~100 cycles/s the JIT needs
#   about a minute of them to compile it fully (p90 per 5 s window fell from 19 to 10 ms over the first 25 s).
# SUITES="ike:esp ..." (strongSwan syntax) overrides the suite list; DUT_JAVA_OPTS adds JVM options (e.g. JFR);
# NET_LOG=1 / IKE_LOG=1 log each message / IKE event of both charons (ms stamps; slows strongSwan); DUT_DEBUG=1 turns
# on iosemu's debug crypto isakmp (target/ezb-dut.out); NO_BUILD=1 skips mvn.
set -euo pipefail
cd "$(dirname "$0")/.."
H=/work/shared/harness/ike; SECS=20; COUNT=3000; WORKERS="1 4"; WARMUP=60
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECS=$2; shift;; --count) COUNT=$2; shift;; --warmup) WARMUP=$2; shift;; --workers) WORKERS=$2; shift;; --harness) H=$2; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac; shift
done
export IKE_HARNESS_DIR=$PWD/target/ezvpn-bench
mkdir -p "$IKE_HARNESS_DIR"
exec 9>"$IKE_HARNESS_DIR/.lock"
flock -n 9 || { echo "another run of $0 holds $IKE_HARNESS_DIR/.lock (same namespaces)" >&2; exit 1; }
CLIENT=ezb-client; SERVER=ezb-server; PNS=iosemu-ep; DNS=iosemu-ed
C=$IKE_HARNESS_DIR/$CLIENT; S=$IKE_HARNESS_DIR/$SERVER
[ -n "${NO_BUILD:-}" ] || mvn -q -o -DskipTests -Dcds.skip=true package >/dev/null
JAR=target/iosemu.jar
DUT_PID=
cleanup() {
  [ -n "$DUT_PID" ] && kill "$DUT_PID" 2>/dev/null || true
  stop_charon "$S"; stop_charon "$C"
  "$H/stop-peer.sh" --name $CLIENT --kill --teardown >/dev/null 2>&1 || true
}
trap cleanup EXIT

# a charon with our strongswan.conf in namespace $2, state dir $1 (private /run for its pid file, as the harness does)
start_charon() {
  rm -f "$1/charon.vici" "$1/run/charon.pid"; mkdir -p "$1/run"
  ip netns exec "$2" sh -c 'mount --bind "$1/run" /run && exec env STRONGSWAN_CONF="$1/strongswan.conf" /usr/lib/ipsec/charon' \
      sh "$1" > "$1/charon.stdout" 2>&1 < /dev/null &
  disown
  for _ in $(seq 100); do [ -S "$1/charon.vici" ] && [ -s "$1/run/charon.pid" ] && break; sleep 0.1; done
  [ -S "$1/charon.vici" ] || { cat "$1/charon.stdout" >&2; echo "charon in $2 did not start" >&2; exit 1; }
}
stop_charon() {
  local p; p=$(cat "$1/run/charon.pid" 2>/dev/null) || return 0
  [ "$(cat /proc/"$p"/comm 2>/dev/null)" = charon ] || return 0
  kill -KILL "$p"; for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
}
swanctl_at() { local d=$1; shift; STRONGSWAN_CONF=$d/strongswan.conf swanctl "$@" --uri "unix://$d/charon.vici"; }
# the harness's --bench tuning: no key log, log level 0, big IKE_SA table, no half-open blocking
strongswan_conf() { # $1 state dir, $2 extra lines
  cat <<EOF
charon {
  load_modular = no
  load = random nonce openssl gmp sha1 sha2 md5 hmac aes pem pkcs1 x509 pubkey kernel-libipsec kernel-netlink socket-default vici attr unity xauth-generic
  port = 500
  port_nat_t = 4500
  cisco_unity = yes
  reuse_ikesa = no
  ikesa_table_size = 4096
  ikesa_table_segments = 16
  block_threshold = 10000
  threads = 64
  $2
  filelog { log { path = $1/charon.log
    time_format = %H:%M:%S
    time_add_ms = yes
    default = 0
    net = ${NET_LOG:-0}
    ike = ${IKE_LOG:-0}
    append = no } }
  syslog { daemon { default = -1 }
    auth { default = -1 } }
  plugins {
    vici { socket = unix://$1/charon.vici }
    kernel-libipsec { allow_peer_ts = yes }
  }
}
EOF
}
client_conns() { # $1 workers $2 ike $3 esp: one connection per worker (IKEv1 reuses an IKE SA per connection)
  echo "connections {"
  for i in $(seq 0 $(($1 - 1))); do
    printf '  ez%d {\n    version = 1\n    aggressive = yes\n    local_addrs = 10.99.0.1\n    remote_addrs = 10.99.0.2\n' "$i"
    printf '    vips = 0.0.0.0\n    proposals = %s\n    unique = never\n' "$2"
    printf '    local-psk {\n      auth = psk\n      id = keyid:EZGROUP\n    }\n    local-xauth {\n      auth = xauth\n      xauth_id = user%d\n    }\n' "$i"
    printf '    remote-psk {\n      auth = psk\n    }\n'
    printf '    children {\n      c {\n        remote_ts = 0.0.0.0/0\n        esp_proposals = %s\n        start_action = none\n      }\n    }\n  }\n' "$3"
  done
  echo "}"
  secrets
}
# the group's key, and user0..user63 with one password (each worker is its own user: strongSwan and IOS replace an
# SA of the same user on INITIAL_CONTACT, and the pool hands each user its own address)
secrets() {
  echo 'secrets {
  ike-grp {
    id = keyid:EZGROUP
    secret = "grpkey"
  }
  xauth-users {'
  for i in $(seq 0 63); do echo "    id-$i = user$i"; done
  echo '    secret = "pass1"
  }
}'
}
# strongSwan as the Easy VPN-style server (EZVPN-SPEC 4 (a)): the same group, user, pool and split network as iosemu's
server_conns() { # $1 ike $2 esp
  cat <<EOF
connections {
  ezsrv {
    version = 1
    aggressive = yes
    local_addrs = 10.99.0.2
    pools = ezpool
    proposals = $1
    unique = never
    local {
      auth = psk
      id = 10.99.0.2
    }
    remote {
      auth = psk
      id = keyid:EZGROUP
    }
    remote-xauth {
      auth = xauth-generic
    }
    children {
      lan {
        local_ts = 10.99.2.0/24
        esp_proposals = $2
      }
    }
  }
}
pools {
  ezpool {
    addrs = 10.99.50.10-10.99.50.250
  }
}
EOF
  secrets
}
dut_config() { # $1 = IOS encryption words (e.g. "aes 256"), $2 = transform set
  cat <<EOF
enable
configure terminal
aaa new-model
aaa authentication login userlist local
aaa authorization network grouplist local
$(for i in $(seq 0 63); do echo "username user$i password 0 pass1"; done)
crypto isakmp policy 10
 encryption $1
 authentication pre-share
 group 2
 exit
crypto isakmp client configuration group EZGROUP
 key grpkey
 pool EZPOOL
 acl 150
 exit
crypto ipsec transform-set TS $2
 exit
crypto dynamic-map DYN 10
 set transform-set TS
 reverse-route
 exit
crypto map VPN client authentication list userlist
crypto map VPN isakmp authorization list grouplist
crypto map VPN client configuration address respond
crypto map VPN 65535 ipsec-isakmp dynamic DYN
interface Loopback0
 ip address 10.99.2.1 255.255.255.0
 exit
interface FastEthernet0/0
 ip address 10.99.0.2 255.255.255.0
 crypto map VPN
 no shutdown
 exit
ip local pool EZPOOL 10.99.50.10 10.99.50.250
access-list 150 permit ip 10.99.2.0 0.0.0.255 any
end
EOF
  [ -z "${DUT_DEBUG:-}" ] || echo "debug crypto isakmp"
}
measure() { # $1 pair label, $2 suite label, $3 workers
  local res
  res=$(python3 "$H/vici_bench.py" "$C/charon.vici" --conn-prefix ez --workers "$3" --count "$COUNT" --seconds "$SECS")
  python3 -c '
import json, sys
r = json.loads(sys.argv[3])
print("%s | %s | %d | %d | %d | %.1f | %.1f | %s | %s%s" % (sys.argv[1], sys.argv[2], r["workers"], r["ok"], r["failed"],
      r["seconds"], r["rate"], r["lat_ms_p50"], r["lat_ms_p90"], ("   errors: %s" % list(r["errors"].items())[:3]) if r["errors"] else ""))' "$1" "$2" "$res"
}

echo "# $(nproc) CPUs; $(dpkg-query -W -f='strongswan-charon ${Version}' strongswan-charon); $(java -version 2>&1 | head -1)"
echo "# pair | suite | workers | ok | failed | seconds | cycles/s | p50 ms | p90 ms   (cycle = AM + XAUTH + Mode Config + QM + DELETE)"
# strongSwan ike:esp proposal, then the same on iosemu: isakmp policy encryption | transform set
for suite in ${SUITES:-aes256-sha1-modp1024:aes256-sha1 3des-sha1-modp1024:3des-sha1}; do
  ike=${suite%%:*}; esp=${suite#*:}
  case "$ike" in
    aes256-*) ios_enc="aes 256"; ios_ts="esp-aes 256 esp-sha-hmac";;
    aes128-*) ios_enc="aes"; ios_ts="esp-aes esp-sha-hmac";;
    3des-*) ios_enc="3des"; ios_ts="esp-3des esp-sha-hmac";;
    *) echo "no IOS equivalent for $ike" >&2; exit 2;;
  esac
  for w in $WORKERS; do
    # namespaces and veth from the harness; its charon makes way for ours
    stop_charon "$S"; stop_charon "$C"
    "$H/stop-peer.sh" --name $CLIENT --kill >/dev/null 2>&1 || true
    "$H/start-peer.sh" --name $CLIENT --ns $PNS --dut-ns $DNS --respond --bench >/dev/null 2>&1
    "$H/stop-peer.sh" --name $CLIENT --kill >/dev/null 2>&1
    mkdir -p "$S"
    strongswan_conf "$C" "" > "$C/strongswan.conf"
    client_conns "$w" "$ike" "$esp" > "$C/ez-conns.conf"
    start_charon "$C" $PNS
    swanctl_at "$C" --load-all --file "$C/ez-conns.conf" >/dev/null 2>&1

    # strongSwan -> iosemu
    rm -f target/ezb-dut.in; mkfifo target/ezb-dut.in
    ip netns exec $DNS java ${DUT_JAVA_OPTS:-} -cp "$JAR" org.iosemu.app.Main --udp R1=10.99.0.2 < target/ezb-dut.in > target/ezb-dut.out 2>&1 &
    DUT_PID=$!
    exec 3>target/ezb-dut.in
    dut_config "$ios_enc" "$ios_ts" >&3
    sleep 3
    # a router is a long-running process: let the JIT compile the IKE paths before measuring
    [ "$WARMUP" -gt 0 ] && python3 "$H/vici_bench.py" "$C/charon.vici" --conn-prefix ez --workers "$w" --count 100000 --seconds "$WARMUP" >/dev/null
    measure "strongSwan->iosemu" "$ike/$esp" "$w"
    exec 3>&-
    wait "$DUT_PID" 2>/dev/null || true
    DUT_PID=

    # strongSwan -> strongSwan, the same client charon, the server in the namespace iosemu had
    strongswan_conf "$S" "i_dont_care_about_security_and_use_aggressive_mode_psk = yes" > "$S/strongswan.conf"
    server_conns "$ike" "$esp" > "$S/ez-server.conf"
    start_charon "$S" $DNS
    swanctl_at "$S" --load-all --file "$S/ez-server.conf" >/dev/null 2>&1
    ip netns exec $DNS ip addr replace 10.99.2.1/32 dev lo
    measure "strongSwan->strongSwan" "$ike/$esp" "$w"
    stop_charon "$S"
  done
done
