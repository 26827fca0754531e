#!/usr/bin/env bash
# Award report figures for an evaluated dossier (issue 5: the 60-product workbook in < 5 s).
# Usage: bench_report.sh BUILD_DIR DOSSIER. Prints figures; never fails on time.
set -euo pipefail
build=${1:?build dir}
dossier=${2:?evaluated dossier}
cli="$build/bin/tenderdesk-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

measure() { # measure LABEL COMMAND...: wall seconds, CPU seconds and peak RSS of one command
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>/dev/null
    read -r seconds user sys kb <"$work/time"
    printf '  %-34s %8.2f s  (cpu %5.2f s)  %8.1f MB peak  %s\n' "$label" "$seconds" \
        "$(echo "$user + $sys" | bc -l)" "$(echo "$kb / 1024" | bc -l)" "$(head -c 60 "$work/out" | tr '\n' ' ')"
}

echo "== award report of $(basename "$dossier")"
measure "report PDF (en)" "$cli" report "$dossier" --pdf "$work/en.pdf"
measure "report PDF (zh_CN, 万)" "$cli" report "$dossier" --pdf "$work/zh.pdf" --lang zh_CN --wan
measure "report PDF (lo + en beneath)" "$cli" report "$dossier" --pdf "$work/lo.pdf" --lang lo --bilingual en
measure "report PDF (th, every buyer)" "$cli" report "$dossier" --pdf "$work/th.pdf" --lang th --allocations buyers
measure "report XLSX (summary+allocations)" "$cli" report "$dossier" --xlsx "$work/r.xlsx"
measure "award letters (en)" "$cli" report "$dossier" --letters "$work/letters"
printf '  pages: en %s, th every buyer %s; letters %s\n' \
    "$(pdfinfo "$work/en.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')" \
    "$(pdfinfo "$work/th.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')" \
    "$(ls "$work/letters" | wc -l)"
