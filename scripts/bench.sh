#!/usr/bin/env bash
# Benchmark extinct against its floor and its peers, side by side in one run,
# on the same standard-library packages, and print wall time, CPU time and
# peak memory with the ratios to extinct. Run by hand (not in CI):
#
#   scripts/bench.sh                    # default packages
#   scripts/bench.sh net/... go/...     # other packages
#
# Each row is the run with the median wall time of RUNS runs (default 5),
# the tools taking turns, after one warm-up run; go vet runs once cold and
# once warm. Peers are installed from the Go module proxy into a temporary
# GOBIN.
# staticcheck and golangci-lint run with empty caches (cold); the last rows
# are go vet -vettool=extinct cold and warm (a second run, from the cache).
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(encoding/... go/... net/http/...)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOBIN="$work/bin"
echo "building extinct, the floor and the peers ..." >&2
go build -o "$GOBIN/extinct" ./cmd/extinct
go build -tags tools -o "$GOBIN/floor" ./internal/benchfloor
go install github.com/kisielk/errcheck@v1.30.0
go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0

# golangci-lint with the linters a team would otherwise combine for these classes.
mkdir -p "$work/gcl"
cat > "$work/gcl/.golangci.yml" <<'YAML'
version: "2"
linters:
  default: none
  enable: [errcheck, forbidigo, errorlint, err113, gocritic]
  settings:
    gocritic:
      enable-all: false
      enabled-checks: [returnAfterHttpError]
YAML

# once NAME CMD... runs CMD and adds a row of wall s, user s, sys s and
# peak KiB to NAME's rows; a command that needs a cold cache of its own gets
# a fresh one through $FRESH. row NAME then keeps the row with the median
# wall time. The tools take turns, run after run, so that this machine's
# drift (timings vary by a third from run to run) falls on all of them.
declare -A wall cpu mem
names=()
once() {
  local name=$1; shift
  local out="$work/time.$name"
  FRESH=$(mktemp -d -p "$work") /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$out" >> "$work/rows.$name"
}
row() {
  local name=$1 n
  n=$(wc -l < "$work/rows.$name")
  read -r w u s m < <(sort -n "$work/rows.$name" | sed -n "$(( (n + 1) / 2 ))p")
  wall[$name]=$w
  cpu[$name]=$(echo "$u + $s" | bc)
  mem[$name]=$((m / 1024))
  names+=("$name")
}

gopath_src=$(go env GOROOT)/src
"$GOBIN/extinct" "${pkgs[@]}" >/dev/null 2>&1 || true # warm-up: go list's and the file system's caches
for ((i = 0; i < ${RUNS:-5}; i++)); do
  once extinct "$GOBIN/extinct" "${pkgs[@]}"
  once floor "$GOBIN/floor" "${pkgs[@]}"
  once errcheck "$GOBIN/errcheck" "${pkgs[@]}"
  once staticcheck bash -c "STATICCHECK_CACHE=\$FRESH '$GOBIN/staticcheck' ${pkgs[*]}"
  once golangci-lint bash -c "cd '$gopath_src' && GOLANGCI_LINT_CACHE=\$FRESH '$GOBIN/golangci-lint' run --config '$work/gcl/.golangci.yml' ${pkgs[*]}"
done
once vet-cold env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
once vet-warm env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
for n in extinct floor errcheck staticcheck golangci-lint vet-cold vet-warm; do row "$n"; done

echo
echo "packages: ${pkgs[*]}    machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(go version)"
printf '%-14s %8s %8s %9s %10s %10s %10s\n' tool wall_s cpu_s peak_MiB wall/ext cpu/ext mem/ext
for n in "${names[@]}"; do
  printf '%-14s %8s %8s %9s %10.2f %10.2f %10.2f\n' "$n" "${wall[$n]}" "${cpu[$n]}" "${mem[$n]}" \
    "$(echo "${wall[$n]} / ${wall[extinct]}" | bc -l)" \
    "$(echo "${cpu[$n]} / ${cpu[extinct]}" | bc -l)" \
    "$(echo "${mem[$n]} / ${mem[extinct]}" | bc -l)"
done
