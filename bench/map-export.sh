#!/usr/bin/env bash
# Map export against ogr2ogr (GDAL, Debian's gdal-bin) on the same input, in the same run (issue 7, item 6):
# Kota Semarang (3374) by desa to each of the four formats, and the whole province by desa to GeoPackage and
# Shapefile. Input for both: recipes/files/wilayah (ogr2ogr reads desa_33.geojson and filters by code; Pst.Cms reads the
# four layers, checks them as a set and writes the lineage fields). Each run is repeated 3 times; the table gives
# the median wall time and peak resident memory (GNU time) and the ratio to ogr2ogr. Feature counts are checked
# with ogrinfo on both outputs.
# Needs: apt-get install -y gdal-bin time
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/pst-map-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
layers=recipes/files/wilayah

dotnet build -c Release bench/Pst.Benchmarks -v q -nologo > /dev/null
bench=bench/Pst.Benchmarks/bin/Release/net10.0/Pst.Benchmarks

median() { # name, command…: runs 3 times, keeps the median "seconds KiB"
  local name=$1; shift
  for i in 1 2 3; do
    rm -rf "$work/out-$name"; mkdir -p "$work/out-$name"
    /usr/bin/time -f "%e %M" -o "$work/$name.$i.time" "$@" > /dev/null 2>&1
  done
  sort -n -k1 "$work/$name".*.time | sed -n 2p
}

count() { # file: the feature count ogrinfo reads
  local n
  n=$(ogrinfo -so -al "$1" 2>/dev/null | sed -n 's/^Feature Count: //p' | head -1)
  echo "${n:--}" # our PDF is a drawn sheet, not a GeoPDF: ogrinfo reads no layer from it
}

printf '%-34s %9s %9s %7s %11s %11s %7s %9s\n' case "pst s" "ogr s" "x ogr" "pst KiB" "ogr KiB" "x ogr" features
run_case() { # label, area (33 or a kabupaten/kota code), pst format, GDAL driver, extension
  local label=$1 area=$2 format=$3 driver=$4 extension=$5 where=""
  if [ "$area" != 33 ]; then where="-where \"code LIKE '$area%'\""; fi
  read -r pt pm < <(median "pst-$format-$area" "$bench" map-export "$layers" "$area" desa "$format" "$work/out-pst-$format-$area")
  # shellcheck disable=SC2086
  read -r ot om < <(median "ogr-$format-$area" sh -c "ogr2ogr -f '$driver' '$work/out-ogr-$format-$area/out$extension' '$layers/desa_33.geojson' $where")
  local ours theirs
  if [ "$format" = shp ]; then (cd "$work/out-pst-$format-$area" && unzip -q -o ./*-shp.zip); fi
  ours=$(find "$work/out-pst-$format-$area" -name "*$extension" ! -name "*metadata*" | head -1)
  theirs="$work/out-ogr-$format-$area/out$extension"
  printf '%-34s %9s %9s %7.2f %11s %11s %7.2f %9s\n' "$label" "$pt" "$ot" "$(echo "$pt / $ot" | bc -l)" "$pm" "$om" "$(echo "$pm / $om" | bc -l)" "$(count "$ours")/$(count "$theirs")"
}

# The reading alone: Pst.Cms parses and checks all four layers (10 MB of GeoJSON), ogrinfo reads the desa layer.
read -r pt pm < <(median pst-read "$bench" map-export "$layers" 3374 desa none "$work/out-pst-read")
read -r ot om < <(median ogr-read ogrinfo -so -al "$layers/desa_33.geojson")
printf '%-34s %9s %9s %7.2f %11s %11s %7.2f %9s\n' "Reading only (no file written)" "$pt" "$ot" "$(echo "$pt / $ot" | bc -l)" "$pm" "$om" "$(echo "$pm / $om" | bc -l)" "-"
run_case "Kota Semarang by desa, GeoPackage" 3374 gpkg GPKG .gpkg
run_case "Kota Semarang by desa, Shapefile" 3374 shp "ESRI Shapefile" .shp
run_case "Kota Semarang by desa, GeoJSON" 3374 geojson GeoJSON .geojson
run_case "Kota Semarang by desa, PDF" 3374 pdf PDF .pdf
run_case "Jawa Tengah by desa, GeoPackage" 33 gpkg GPKG .gpkg
run_case "Jawa Tengah by desa, Shapefile" 33 shp "ESRI Shapefile" .shp
