#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on the dev set (and on the project's own sets:
the readable eval/extra, eval/extra6, eval/extra7, eval/extra8, eval/extra9, eval/extra10, eval/extra11, eval/extra12, eval/extra13, eval/extra14, eval/extra15, eval/extra16, eval/extra17, eval/extra18, eval/extra19, eval/extra20, eval/extra21, eval/extra22, eval/extra23, eval/extra24, eval/extra25, eval/extra26, eval/extra27, eval/extra28, eval/extra29, eval/extra31, eval/extra32, eval/extra33, eval/extra34 and eval/extra35, and the blind eval/extra2 to eval/extra5) with the built jar and fails when a score falls below its floor in .ci/floors.json.
Skips with a message when ../shared is absent."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
JAR = os.path.join(ROOT, "examples", "target", "diplotext.jar")


def run_score(gold):
    cmd = [sys.executable, os.path.join(SHARED, "eval", "score.py"), "--gold", gold,
           "--run", f"java -jar {JAR} parse {{}}", "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def value(summary, path):
    v = summary
    for part in path.split("."):
        v = v.get(part) if isinstance(v, dict) else None
    return v


def check(summary, floors, label):
    failed = []
    for path, floor in floors.items():
        got = value(summary, path)
        ok = got is not None and got >= floor
        print(f"  {label} {path}: {got} (floor {floor}) {'ok' if ok else 'BELOW FLOOR'}")
        if not ok:
            failed.append(path)
    return failed


def main():
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        print("skipped: ../shared/eval is absent")
        return 0
    with open(os.path.join(HERE, "floors.json"), encoding="utf-8") as f:
        floors = json.load(f)
    summary = run_score(os.path.join(SHARED, "eval", "dev"))
    if summary["failures"]:
        print("scorer failures:", summary["failures"])
        return 1
    failed = check(summary, floors["dev"], "dev")
    seed_floors = floors.get("seed")
    if seed_floors:
        import shutil
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            dev = os.path.join(SHARED, "eval", "dev")
            for name in ("ats-ue-russie-osce.gold.json", "ats-ue-russie-osce.txt"):
                shutil.copy(os.path.join(dev, name), tmp)
            failed += check(run_score(tmp), seed_floors, "seed")
    for name in ("extra", "extra2", "extra3", "extra4", "extra5", "extra6", "extra7", "extra8", "extra9", "extra10", "extra11", "extra12", "extra13", "extra14", "extra15", "extra16", "extra17", "extra18", "extra19", "extra20", "extra21", "extra22", "extra23", "extra24", "extra25", "extra26", "extra27", "extra28", "extra29", "extra31", "extra32", "extra33", "extra34", "extra35"):
        folder = os.path.join(ROOT, "eval", name)
        if os.path.isdir(folder) and floors.get(name) is not None:
            failed += check(run_score(folder), floors[name], name)
    if failed:
        print(f"{len(failed)} score(s) below floor: {', '.join(failed)}")
        return 1
    print("scores at or above every floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
