#!/usr/bin/env bash
# Smoke test of a built bundle (run by `make package`, not by `make test`): the frozen binary answers
# --version, writes a small demo database, and `check` passes on it.
set -euo pipefail
bundle="${1:-dist/crmdesk}"
binary="$bundle/crmdesk"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
mkdir -p "$HOME"
echo "== $("$binary" --version)"
start=$(date +%s.%N)
"$binary" --version >/dev/null
end=$(date +%s.%N)
printf '== start-up of the frozen binary (--version): %.2f s\n' "$(echo "$end - $start" | bc)"
"$binary" demo --db "$work/demo.sqlite3" --customers 200
"$binary" check --db "$work/demo.sqlite3"
# The window itself, offscreen: the app reports when the Customers page has painted its first rows.
paint=$(CRMDESK_EXIT_AFTER_FIRST_PAINT=1 QT_QPA_PLATFORM=offscreen "$binary" --db "$work/demo.sqlite3" 2>/dev/null | grep first-paint-seconds || true)
if [ -z "$paint" ]; then echo "!! the frozen window did not paint"; exit 1; fi
echo "== frozen window, start to first painted rows: ${paint#first-paint-seconds } s"
echo "== bundle size: $(du -sh "$bundle" | cut -f1) ($(du -s --apparent-size -m "$bundle" | cut -f1) MiB apparent)"
tar -C "$(dirname "$bundle")" -czf "$work/crmdesk.tgz" "$(basename "$bundle")"
echo "== packed (.tgz): $(du -h "$work/crmdesk.tgz" | cut -f1)"
echo "== smoke test passed"
