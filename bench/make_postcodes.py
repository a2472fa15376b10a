"""Write a postcode file the size of the ONS Postcode Directory (about 2.7 million
rows), in its format, to time `flask --app pwa import-postcodes` without the real one.

Run: .venv/bin/python bench/make_postcodes.py [rows] [path]   (default 2,700,000 rows
to bench/postcodes-full.csv, about 250 MB: never commit it). Besides pcds, lat and
long it writes a few of the directory's other columns, so the reader skips columns
as it must with the real file; about 1 in 100 rows has no grid reference (lat
99.999999), as terminated and some new postcodes do.
"""
import random
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 2_700_000
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "postcodes-full.csv"
    rng = random.Random(16)
    areas = [a + b for a in string.ascii_uppercase for b in ("",) + tuple("ABCDEFGHKLMNPRSTUWY")][:120]
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    written = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("pcd,pcd2,pcds,dointr,doterm,oslaua,lat,long\n")
        for area in areas:
            for district in range(1, 100):
                for sector in range(10):
                    for a in letters:
                        for b in letters:
                            if written >= rows:
                                break
                            code = f"{area}{district} {sector}{a}{b}"
                            if rng.random() < 0.01:
                                lat, lon = 99.999999, 0.0
                            else:
                                lat, lon = rng.uniform(50.0, 55.8), rng.uniform(-5.7, 1.7)
                            fh.write(f"{code:<7},{code:<8},{code},202001,,E08000025,{lat:.6f},{lon:.6f}\n")
                            written += 1
    print(f"{written} rows written to {path}")


if __name__ == "__main__":
    main()
