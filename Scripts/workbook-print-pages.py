#!/usr/bin/env python3
"""How many printed pages each sheet of a workbook takes, as LibreOffice prints it.

    python3 Scripts/workbook-print-pages.py Reports/2021/indicators-2021.xlsx

Converts the workbook with LibreOffice Calc (`soffice --headless --convert-to pdf`, Debian
libreoffice-calc-nogui), reads the PDF back with pdftotext (poppler-utils), and counts the pages by the
sheet name every page's footer prints at its left ("Findings    Page 3 of 14").
"""
import collections
import os
import re
import subprocess
import sys
import tempfile


def main(path):
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", work, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(work, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    counts = collections.OrderedDict()
    for page in pages:
        footer = [line for line in page.splitlines() if re.search(r"(Page|Стр\.) \d+ (of|из) \d+", line)]
        name = re.split(r"\s{2,}", footer[-1].strip())[0] if footer else "?"
        counts[name] = counts.get(name, 0) + 1
    for name, count in counts.items():
        print(f"{name}: {count}")
    print(f"total: {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1])
