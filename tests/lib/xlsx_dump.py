#!/usr/bin/python3
"""Dump an .xlsx workbook as tab-separated lines that shell tests can grep.

    sheets  NAME|NAME|...
    cell    SHEET  A1  TYPE  VALUE      TYPE: s string, n number, f formula, b bool, d date
    rtl     SHEET  0|1                  sheetView rightToLeft
    freeze  SHEET  A5                   top-left cell of the frozen pane
    filter  SHEET  A4:F20               autofilter range
    cf      SHEET  RANGE  TYPE          conditional formats
    chart   chartN.xml  TYPE  SERIES-COUNT
    series  chartN.xml  NAME-REF  CAT-REF  VAL-REF
    fonts   NAME|NAME                   fonts of the cell styles
    print   SHEET  landscape|portrait  fitW x fitH

openpyxl reads cells and sheet settings; the charts and raw sheet XML are
read with zipfile, since openpyxl does not load charts back."""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}


def clean(v):
    return str(v).replace("\t", "\\t").replace("\n", "\\n")


def main(path):
    out = []
    wb = openpyxl.load_workbook(path)
    out.append("sheets\t" + "|".join(wb.sheetnames))
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                out.append("cell\t%s\t%s\t%s\t%s" % (ws.title, c.coordinate, c.data_type, clean(c.value)))
        if ws.freeze_panes:
            out.append("freeze\t%s\t%s" % (ws.title, ws.freeze_panes))
        if ws.auto_filter and ws.auto_filter.ref:
            out.append("filter\t%s\t%s" % (ws.title, ws.auto_filter.ref))
        for rng, rules in ws.conditional_formatting._cf_rules.items():
            for rule in rules:
                out.append("cf\t%s\t%s\t%s" % (ws.title, rng.sqref, rule.type))
        ps = ws.page_setup
        fit = ws.sheet_properties.pageSetUpPr
        out.append("print\t%s\t%s\t%sx%s\t%s" % (ws.title, ps.orientation, ps.fitToWidth, ps.fitToHeight,
                                                 "fit" if fit is not None and fit.fitToPage else "nofit"))
    z = zipfile.ZipFile(path)
    # Sheet XML in workbook order, for the view settings.
    wbx = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
    for s in wbx.findall("m:sheets/m:sheet", NS):
        xml = ET.fromstring(z.read("xl/" + target[s.get("{%s}id" % NS["r"])]))
        view = xml.find("m:sheetViews/m:sheetView", NS)
        rtl = view is not None and view.get("rightToLeft") in ("1", "true")
        out.append("rtl\t%s\t%d" % (s.get("name"), 1 if rtl else 0))
    for name in sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)):
        xml = ET.fromstring(z.read(name))
        plot = xml.find("c:chart/c:plotArea", NS)
        kinds = [el.tag.split("}")[1] for el in plot if el.tag.endswith("Chart")]
        series = plot.findall(".//c:ser", NS)
        short = name.split("/")[-1]
        out.append("chart\t%s\t%s\t%d" % (short, ",".join(kinds), len(series)))
        for ser in series:
            def ref(tag):
                f = ser.find("c:%s//c:f" % tag, NS)
                return f.text if f is not None else "-"
            cat = ref("cat") if ser.find("c:cat", NS) is not None else ref("xVal")
            val = ref("val") if ser.find("c:val", NS) is not None else ref("yVal")
            out.append("series\t%s\t%s\t%s\t%s" % (short, ref("tx"), cat, val))
    styles = ET.fromstring(z.read("xl/styles.xml"))
    fonts = sorted({f.get("val") for f in styles.findall("m:fonts/m:font/m:name", NS)})
    out.append("fonts\t" + "|".join(fonts))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
