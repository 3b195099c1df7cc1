# The leadership workbook of the sample organisation: runs last, after every
# other part has filled the workspace. Sourced by scripts/demo.sh ($bin, $out).
step "crmready export $out/leadership.xlsx"
"$bin" export "$out/leadership.xlsx"
step "crmready export $out/leadership-fa.xlsx --lang fa"
"$bin" export "$out/leadership-fa.xlsx" --lang fa
echo
echo "Leadership workbook: $(cd "$out" && pwd)/leadership.xlsx"
echo "Persian, right-to-left: $(cd "$out" && pwd)/leadership-fa.xlsx"
