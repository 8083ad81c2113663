#!/usr/bin/env bash
# Benchmark extinct against its floor and its peers, side by side in one run,
# on the same standard-library packages, and print wall time, CPU time and
# peak memory with the ratios to extinct. Run by hand (not in CI):
#
#   scripts/bench.sh                    # default packages
#   scripts/bench.sh net/... go/...     # other packages
#
# Each row is the median of RUNS runs (default 3) by wall time; go vet runs
# once cold and once warm. Peers are installed from the Go module proxy into
# a temporary GOBIN.
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

# measure NAME RUNS CMD...: one row of wall s, CPU s, peak MiB, from the run
# with the median wall time of RUNS runs (this machine's timings vary by a
# fifth from run to run). A command that needs a cold cache of its own gets
# a fresh one per run through $FRESH.
declare -A wall cpu mem
names=()
measure() {
  local name=$1 runs=$2; shift 2
  local rows="$work/rows.$name"
  : > "$rows"
  for ((i = 0; i < runs; i++)); do
    local out="$work/time.$name.$i"
    FRESH=$(mktemp -d -p "$work") /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$out" >> "$rows"
  done
  read -r w u s m < <(sort -n "$rows" | sed -n "$(( (runs + 1) / 2 ))p")
  wall[$name]=$w
  cpu[$name]=$(echo "$u + $s" | bc)
  mem[$name]=$((m / 1024))
  names+=("$name")
}

gopath_src=$(go env GOROOT)/src
runs=${RUNS:-3}
measure extinct $runs "$GOBIN/extinct" "${pkgs[@]}"
measure floor $runs "$GOBIN/floor" "${pkgs[@]}"
measure errcheck $runs "$GOBIN/errcheck" "${pkgs[@]}"
measure staticcheck $runs bash -c "STATICCHECK_CACHE=\$FRESH '$GOBIN/staticcheck' ${pkgs[*]}"
measure golangci-lint $runs bash -c "cd '$gopath_src' && GOLANGCI_LINT_CACHE=\$FRESH '$GOBIN/golangci-lint' run --config '$work/gcl/.golangci.yml' ${pkgs[*]}"
measure vet-cold 1 env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
measure vet-warm 1 env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
echo
echo "packages: ${pkgs[*]}    machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(go version)"
printf '%-14s %8s %8s %9s %10s %10s %10s\n' tool wall_s cpu_s peak_MiB wall/ext cpu/ext mem/ext
for n in "${names[@]}"; do
  printf '%-14s %8s %8s %9s %10.2f %10.2f %10.2f\n' "$n" "${wall[$n]}" "${cpu[$n]}" "${mem[$n]}" \
    "$(echo "${wall[$n]} / ${wall[extinct]}" | bc -l)" \
    "$(echo "${cpu[$n]} / ${cpu[extinct]}" | bc -l)" \
    "$(echo "${mem[$n]} / ${mem[extinct]}" | bc -l)"
done
