#!/usr/bin/env python3
"""Opens a page in headless Chromium and reads facts from its DOM (crates/cits-view/tests/browser.rs).

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ending in NUL on fds 3 and 4), so it needs nothing but the Python standard
library and the `chromium` binary. Waits until --wait-js is truthy in the page, prints the
value of --facts-js (a JSON string, or a promise of one) on stdout, and saves a PNG
screenshot if asked.
Exit code 2 when the condition is not met in time (the facts are still printed).
"""

import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import time


class Cdp:
    def __init__(self, chromium, width, height):
        self.profile = tempfile.TemporaryDirectory(prefix="cits-view-chromium-")
        to_chrome_r, self.to_chrome_w = os.pipe()
        self.from_chrome_r, from_chrome_w = os.pipe()

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [
                chromium,
                "--headless",
                "--no-sandbox",  # we run as root in CI
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--remote-debugging-pipe",
                f"--user-data-dir={self.profile.name}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=fds,
            pass_fds=(3, 4),
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.next_id = 0
        self.buf = b""

    def call(self, method, params=None, session=None, timeout=30.0):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_chrome_w, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            while b"\0" in self.buf:
                raw, self.buf = self.buf.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            if time.time() > deadline:
                raise TimeoutError(f"{method}: no answer within {timeout} s")
            chunk = os.read(self.from_chrome_r, 1 << 20)
            if not chunk:
                raise RuntimeError(f"{method}: chromium closed the pipe (exit {self.proc.poll()})")
            self.buf += chunk

    def close(self):
        try:
            self.call("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.profile.cleanup()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="chromium")
    ap.add_argument("--url", required=True)
    ap.add_argument("--wait-js", default="true")
    ap.add_argument("--facts-js", required=True)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--screenshot")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    args = ap.parse_args()

    cdp = Cdp(args.chromium, args.width, args.height)
    try:
        target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        cdp.call("Page.enable", session=session)
        cdp.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": args.width, "height": args.height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        cdp.call("Page.navigate", {"url": args.url}, session=session)

        def evaluate(expr):
            # awaitPromise: an async --facts-js (one that clicks and waits for the page's
            # answer) yields its result; other values are returned as they are.
            r = cdp.call(
                "Runtime.evaluate",
                {"expression": expr, "returnByValue": True, "awaitPromise": True},
                session=session,
            )
            if "exceptionDetails" in r:
                return None
            return r.get("result", {}).get("value")

        deadline = time.time() + args.timeout
        met = False
        while time.time() < deadline:
            if evaluate(f"Boolean({args.wait_js})"):
                met = True
                break
            time.sleep(0.25)
        facts = evaluate(args.facts_js)
        print(facts if isinstance(facts, str) else json.dumps(facts))
        if args.screenshot:
            shot = cdp.call("Page.captureScreenshot", {"format": "png"}, session=session)
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        return 0 if met else 2
    finally:
        cdp.close()


if __name__ == "__main__":
    sys.exit(main())
