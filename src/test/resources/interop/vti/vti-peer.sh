#!/bin/sh
# vti-peer.sh - strongSwan as the route-based peer of iosemu's static VTI (VtiInteropTest), in network namespaces
# of its own (never the harness's: its start-peer.sh puts the first host of local_ts on lo, 0.0.0.1 for 0.0.0.0/0).
#
#   vti-peer.sh up STATE                    namespaces, veth, charon with strongswan.conf/swanctl.conf from this
#                                           directory (copied into STATE), routes into ipsec0; charon waits
#   vti-peer.sh initiate STATE              strongSwan starts Main Mode + Quick Mode (swanctl --initiate)
#   vti-peer.sh kill STATE                  kill -9 charon (no DELETE: the peer just goes silent)
#   vti-peer.sh restart STATE               kill -9 charon and start a fresh one (a crashed peer back, no SAs)
#   vti-peer.sh down STATE                  kill charon, delete both namespaces (safe to repeat)
#   vti-peer.sh swanctl STATE ARGS...       swanctl against this charon
#   vti-peer.sh ping ARGS...                ping from 10.99.1.1 inside the peer namespace
#
# Topology: netns iosemu-vp [vp-v 10.99.0.1/24, lo 10.99.1.1/32] <-veth-> [vd-v 10.99.0.2/24] netns iosemu-vd,
# where iosemu runs (`Main --udp R1=10.99.0.2`, Loopback0 10.99.2.1/24). Only 10.99.2.0/24 is routed into ipsec0
# (and so into the 0.0.0.0/0 child SA); IKE and ESP-in-UDP to 10.99.0.2 stay on the veth.
set -eu
PEER_NS=iosemu-vp
DUT_NS=iosemu-vd
HERE=$(cd "$(dirname "$0")" && pwd)
CHARON=/usr/lib/ipsec/charon
SWANCTL=/usr/sbin/swanctl

in_peer() { ip netns exec "$PEER_NS" "$@"; }

swanctl_st() {
  st=$1; shift
  STRONGSWAN_CONF="$st/strongswan.conf" "$SWANCTL" "$@" --uri "unix://$st/charon.vici"
}

wait_for() { # seconds command...
  n=$(( $1 * 10 )); shift
  while ! "$@" >/dev/null 2>&1; do
    n=$((n - 1)); [ "$n" -gt 0 ] || return 1
    sleep 0.1
  done
}

kill_charon() {
  st=$1
  [ -f "$st/charon.pid" ] || return 0
  p=$(cat "$st/charon.pid")
  if [ -n "$p" ] && [ "$(cat /proc/"$p"/comm 2>/dev/null)" = charon ]; then
    kill -9 "$p"
    wait_for 5 sh -c "! kill -0 $p" || true
  fi
  rm -f "$st/charon.pid"
}

down() {
  st=$1
  kill_charon "$st"
  for ns in "$PEER_NS" "$DUT_NS"; do
    if ip netns list | awk '{print $1}' | grep -qx "$ns"; then ip netns del "$ns"; fi
  done
}

up() {
  st=$1
  down "$st"
  rm -rf "$st"; mkdir -p "$st/run"
  ip netns add "$PEER_NS"
  ip netns add "$DUT_NS"
  ip link add vp-v netns "$PEER_NS" type veth peer name vd-v netns "$DUT_NS"
  in_peer ip link set lo up
  in_peer ip addr add 10.99.0.1/24 dev vp-v
  in_peer ip addr add 10.99.1.1/32 dev lo
  in_peer ip link set vp-v up
  ip netns exec "$DUT_NS" ip link set lo up
  ip netns exec "$DUT_NS" ip addr add 10.99.0.2/24 dev vd-v
  ip netns exec "$DUT_NS" ip link set vd-v up
  sed "s|@STATE@|$st|g" "$HERE/strongswan.conf" > "$st/strongswan.conf"
  cp "$HERE/swanctl.conf" "$st/swanctl.conf"
  start_charon "$st"
}

start_charon() {
  st=$1
  rm -f "$st/charon.vici"
  # charon's pid file is hard-wired to /run/charon.pid: a private /run in the mount namespace `ip netns exec` makes
  ip netns exec "$PEER_NS" sh -c 'mount --bind "$1/run" /run && exec env STRONGSWAN_CONF="$1/strongswan.conf" "$2"' \
      sh "$st" "$CHARON" >> "$st/charon.stdout" 2>&1 < /dev/null &
  wait_for 10 test -S "$st/charon.vici" || { cat "$st/charon.stdout" >&2; echo "charon did not come up" >&2; exit 1; }
  cp "$st/run/charon.pid" "$st/charon.pid"
  # ipsec0 lives as long as this charon: routes into it are set again after every start
  wait_for 10 in_peer ip link show ipsec0 || { echo "kernel-libipsec made no ipsec0" >&2; exit 1; }
  in_peer ip link set ipsec0 up
  in_peer ip route replace 10.99.2.0/24 dev ipsec0 src 10.99.1.1
  swanctl_st "$st" --load-all --file "$st/swanctl.conf" > "$st/swanctl-load.out" 2>&1 \
      || { cat "$st/swanctl-load.out" >&2; exit 1; }
}

cmd=${1:-}; [ $# -gt 0 ] && shift
case "$cmd" in
  up) up "$1";;
  initiate) swanctl_st "$1" --initiate --child vti --timeout 60;;
  kill) kill_charon "$1";;
  restart) kill_charon "$1"; start_charon "$1";;
  down) down "$1";;
  swanctl) st=$1; shift; swanctl_st "$st" "$@";;
  ping) in_peer ping -I 10.99.1.1 "$@";;
  *) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2; exit 2;;
esac
