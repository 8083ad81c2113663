#!/usr/bin/env bash
# Benchmark extinct against its floor and its peers, side by side in one run,
# on the same standard-library packages, and print wall time, CPU time and
# peak memory with the ratios to extinct. Run by hand (not in CI):
#
#   scripts/bench.sh                    # default packages
#   scripts/bench.sh net/... go/...     # other packages
#   DIR=~/src/repo HOOK_FILE=pkg/x/y.go scripts/bench.sh ./...
#                                       # a repository, with the git hook's row
#   TOOLS="extinct extinct-warm hook errcheck" scripts/bench.sh
#                                       # only these rows (default: all)
#
# Each row is the run with the median wall time of RUNS runs (default 5),
# the tools taking turns, after one warm-up run; go vet runs once cold and
# once warm. Peers are installed from the Go module proxy into a temporary
# GOBIN.
# extinct and the floor run with an empty cache (cold); "extinct warm" reruns
# extinct on the unchanged code with its cache filled; with HOOK_FILE (a Go
# file of the repository in DIR), "hook" is the git hook's command
# (extinct -new-from-rev=HEAD on the file's package) after a one-line change
# to that file, with the cache warm from earlier hook runs. staticcheck and
# golangci-lint run with empty caches (cold); the last rows are go vet
# -vettool=extinct cold and warm (a second run, from go's cache).
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
[ -z "${DIR:-}" ] || cd "$DIR"

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
  wanted "$name" || return 0
  local out="$work/time.$name"
  FRESH=$(mktemp -d -p "$work") /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$out" >> "$work/rows.$name"
}
wanted() { [ "${TOOLS:-all}" = all ] || [[ " $TOOLS " == *" $1 "* ]]; }
row() {
  local name=$1 n
  wanted "$name" || return 0
  n=$(wc -l < "$work/rows.$name")
  read -r w u s m < <(sort -n "$work/rows.$name" | sed -n "$(( (n + 1) / 2 ))p")
  wall[$name]=$w
  cpu[$name]=$(echo "$u + $s" | bc)
  mem[$name]=$((m / 1024))
  names+=("$name")
}

lint_dir=${DIR:-$(go env GOROOT)/src} # golangci-lint runs inside the module
warm="$work/warm-cache"
EXTINCT_CACHE=$warm "$GOBIN/extinct" "${pkgs[@]}" >/dev/null 2>&1 || true # warm-up: go list's and the file system's caches, and extinct's
rows=(extinct extinct-warm floor errcheck staticcheck golangci-lint)
if [ -n "${HOOK_FILE:-}" ]; then
  rows+=(hook)
  cp -p "$HOOK_FILE" "$work/hook-file"
  trap 'cp "$work/hook-file" "$HOOK_FILE"; rm -rf "$work"' EXIT
  hook_pkg=./$(dirname "$HOOK_FILE")
  EXTINCT_CACHE=$warm "$GOBIN/extinct" -new-from-rev=HEAD ./... >/dev/null 2>&1 || true # earlier hook runs
fi
for ((i = 0; i < ${RUNS:-5}; i++)); do
  once extinct bash -c "EXTINCT_CACHE=\$FRESH '$GOBIN/extinct' ${pkgs[*]}"
  once extinct-warm env EXTINCT_CACHE="$warm" "$GOBIN/extinct" "${pkgs[@]}"
  if [ -n "${HOOK_FILE:-}" ]; then
    printf '\n// bench run %d\n' "$i" >> "$HOOK_FILE" # a change no earlier run saw
    once hook env EXTINCT_CACHE="$warm" "$GOBIN/extinct" -new-from-rev=HEAD "$hook_pkg"
    cp -p "$work/hook-file" "$HOOK_FILE"
  fi
  once floor bash -c "EXTINCT_CACHE=\$FRESH '$GOBIN/floor' ${pkgs[*]}"
  once errcheck "$GOBIN/errcheck" "${pkgs[@]}"
  once staticcheck bash -c "STATICCHECK_CACHE=\$FRESH '$GOBIN/staticcheck' ${pkgs[*]}"
  once golangci-lint bash -c "cd '$lint_dir' && GOLANGCI_LINT_CACHE=\$FRESH '$GOBIN/golangci-lint' run --config '$work/gcl/.golangci.yml' ${pkgs[*]}"
done
once vet-cold env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
once vet-warm env GOCACHE="$work/vet-cache" go vet -vettool="$GOBIN/extinct" "${pkgs[@]}"
for n in "${rows[@]}" vet-cold vet-warm; do row "$n"; done

echo
echo "packages: ${pkgs[*]}    machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(go version)"
printf '%-14s %8s %8s %9s %10s %10s %10s\n' tool wall_s cpu_s peak_MiB wall/ext cpu/ext mem/ext
for n in "${names[@]}"; do
  printf '%-14s %8s %8s %9s %10.2f %10.2f %10.2f\n' "$n" "${wall[$n]}" "${cpu[$n]}" "${mem[$n]}" \
    "$(echo "${wall[$n]} / ${wall[extinct]}" | bc -l)" \
    "$(echo "${cpu[$n]} / ${cpu[extinct]}" | bc -l)" \
    "$(echo "${mem[$n]} / ${mem[extinct]}" | bc -l)"
done
