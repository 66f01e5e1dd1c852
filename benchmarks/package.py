"""The installed build (issue 15): build time, .deb size, frozen cold start to a usable login.

Targets: build ≤ 6 min on this machine (a clean PyInstaller build plus the .deb), .deb ≤ 250 MB,
cold start of the frozen app to a usable login window ≤ 2 s. The start-up is timed as
benchmarks/startup.py times the source install: until the window takes keystrokes (WINDOW)
and until the users are listed (READY); cold = the first start after the page cache was
dropped (when the machine allows it), warm = the median of the next five.

    python benchmarks/package.py [--deb FILE]     (--deb: time an existing .deb, no build)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"]["version"]
BUILD_TARGET_S, SIZE_TARGET_MB, COLD_TARGET_S = 360, 250, 2.0


def build(out: Path) -> float:
    """A clean build (its own PyInstaller work folder), in seconds."""
    env = {**os.environ, "PYTHON": sys.executable, "PACKSTATION_BUILD_DIR": str(out / "work")}
    t0 = time.perf_counter()
    done = subprocess.run(["bash", str(ROOT / "installers/linux/build_deb.sh"), str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the build failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return time.perf_counter() - t0


def start_once(exe: Path, env: dict[str, str], cwd: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen: dict[str, float] = {}
    for line in proc.stdout:
        seen.setdefault(line.strip(), time.perf_counter() - t0)
    proc.wait(timeout=120)
    if "READY" not in seen or "WINDOW" not in seen:
        raise SystemExit(f"the frozen app did not get ready: {proc.stderr.read()[-2000:]}")
    return seen["WINDOW"], seen["READY"]


def drop_caches() -> str:
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "page cache dropped"
    except OSError:
        return "page cache NOT dropped (not permitted here): first start after unpacking"


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="packstation-package-"))
    if "--deb" in sys.argv:
        deb, seconds = Path(sys.argv[sys.argv.index("--deb") + 1]), None
    else:
        seconds = build(tmp)
        deb = tmp / f"packstation_{VERSION}_amd64.deb"
    size_mb = deb.stat().st_size / 1e6
    root = tmp / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    exe = root / "usr/bin/packstation"
    home = tmp / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
           "XDG_RUNTIME_DIR": str(tmp), "QT_QPA_PLATFORM": "offscreen",
           "PACKSTATION_DB": f"sqlite:///{tmp / 'bench.db'}"}
    subprocess.run([str(exe), "demo-data"], env=env, cwd=home, check=True,
                   capture_output=True)
    env["PACKSTATION_EXIT_WHEN_READY"] = "1"
    cache = drop_caches()
    cold_window, cold_users = start_once(exe, env, home)
    runs = [start_once(exe, env, home) for _ in range(5)]
    warm_window = statistics.median(r[0] for r in runs)
    warm_users = statistics.median(r[1] for r in runs)
    load = os.getloadavg()[0]
    if seconds is not None:
        print(f"build (clean PyInstaller onedir + .deb): {seconds:.0f} s "
              f"(target ≤ {BUILD_TARGET_S} s; load average {load:.1f} on {os.cpu_count()} CPUs)")
    print(f".deb size: {size_mb:.0f} MB (target ≤ {SIZE_TARGET_MB} MB)")
    print(f"frozen cold start: login window takes a badge scan after {cold_window:.2f} s, users "
          f"listed after {cold_users:.2f} s (target ≤ {COLD_TARGET_S} s; {cache})")
    print(f"frozen warm start: {warm_window:.2f} s / users listed {warm_users:.2f} s "
          f"(median of 5)")
    ok = size_mb <= SIZE_TARGET_MB and cold_window <= COLD_TARGET_S
    return 0 if ok and (seconds is None or seconds <= BUILD_TARGET_S) else 1


if __name__ == "__main__":
    sys.exit(main())
