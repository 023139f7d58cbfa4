#!/usr/bin/env bash
# Microdata extraction against mawk and Miller on the same file, in the same run (issue 6, item 8):
# a 1,000,000-record, 39-column synthetic household file filtered to one kabupaten/kota (Kota Semarang, 3374)
# and 8 variables. Each tool runs 3 times; the table gives the median wall time and peak resident memory
# (GNU time), and the ratio to mawk. The three outputs are compared byte for byte.
# Needs: apt-get install -y mawk miller time
set -euo pipefail
cd "$(dirname "$0")/.."
records=${RECORDS:-1000000}
work=$(mktemp -d /tmp/pst-microdata-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
variables=R101,R102,R105,URUT,FWT,R301,KRT_PDDK,EXP_CAP

dotnet build -c Release bench/Pst.Benchmarks -v q -nologo > /dev/null
bench=bench/Pst.Benchmarks/bin/Release/net10.0/Pst.Benchmarks
"$bench" microdata-synthesize "$work/source.csv" "$records" 20250301
echo "source: $records records, $(head -1 "$work/source.csv" | tr ',' '\n' | wc -l) columns, $(stat -c %s "$work/source.csv") bytes"

header=$(head -1 "$work/source.csv")
columns=$(echo "$variables" | tr ',' '\n' | while read -r v; do echo "$header" | tr ',' '\n' | grep -nx "$v" | cut -d: -f1; done | paste -sd,)
regency_column=$(echo "$header" | tr ',' '\n' | grep -nx R102 | cut -d: -f1)
awk_program="BEGIN { FS = OFS = \",\"; n = split(\"$columns\", c, \",\") }
NR == 1 || \$$regency_column == \"74\" { line = \$c[1]; for (i = 2; i <= n; i++) line = line OFS \$c[i]; print line }"

run() { # name, command writing the extract to $work/<name>.out
  local name=$1; shift
  for i in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/$name.$i.time" "$@" > /dev/null
  done
  sort -n -k1 "$work/$name".*.time | sed -n 2p > "$work/$name.median"
}

run pst "$bench" microdata-extract "$work/source.csv" 3374 "$variables" "$work/pst.out"
run mawk sh -c "mawk '$awk_program' '$work/source.csv' > '$work/mawk.out'"
run mlr sh -c "mlr --icsv --ocsv filter '\$R102 == 74' then cut -o -f $variables '$work/source.csv' > '$work/mlr.out'"

cmp "$work/pst.out" "$work/mawk.out" && cmp "$work/pst.out" "$work/mlr.out" && echo "outputs identical: $(($(wc -l < "$work/pst.out") - 1)) records"
read -r base_time base_mem < "$work/mawk.median"
printf '%-8s %10s %10s %12s %10s\n' tool seconds "x mawk" "peak KiB" "x mawk"
for name in mawk pst mlr; do
  read -r t m < "$work/$name.median"
  printf '%-8s %10s %10.2f %12s %10.2f\n' "$name" "$t" "$(echo "$t / $base_time" | bc -l)" "$m" "$(echo "$m / $base_mem" | bc -l)"
done
