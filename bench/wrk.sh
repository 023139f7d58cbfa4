#!/usr/bin/env bash
# Throughput of the public pages with wrk (Debian's package) against the real site on 127.0.0.1, as ratios to the
# liveness endpoint measured in the same run. Usage: bench/wrk.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
connections="${2:-16}"
port=5091
work="$(mktemp -d /tmp/pst-wrk-XXXXXX)"
trap 'kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release src/Pst.Web >/dev/null
ASPNETCORE_URLS="http://127.0.0.1:$port" \
Database__ConnectionString="Data Source=$work/pst.db" Files__Root="$work/files" Mail__PickupDirectory="$work/mail" \
Logging__LogLevel__Default=Warning \
  dotnet src/Pst.Web/bin/Release/net10.0/Pst.Web.dll >"$work/site.log" 2>&1 &
site=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

rate() { wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ {print $2}'; }
baseline="$(rate /health/live)"
echo "| page | requests/s | ratio to /health/live |"
echo "|---|---:|---:|"
echo "| /health/live (baseline) | $baseline | 1.00 |"
for path in / /halaman/standar-pelayanan /halaman/sekilas-tentang-pst "/cari?q=nomor+antrian" /katalog "/katalog?q=kemiskinan&tahun=2026" /katalog/jateng-dalam-angka-2026 /verifikasi/INV-2026-99999; do
  r="$(rate "$path")"
  printf '| %s | %s | %.2f |\n' "$path" "$r" "$(echo "$r / $baseline" | bc -l)"
done
