#!/usr/bin/env python3
"""Opens a page in headless Chromium or Firefox and reads facts from its DOM
(crates/cits-view/tests/browser.rs).

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ending in NUL on fds 3 and 4), or Firefox over WebDriver BiDi on a loopback
WebSocket (--remote-debugging-port; a minimal RFC 6455 client below), so it needs nothing
but the Python standard library and the browser binary. Waits until --wait-js is truthy in the page, prints the
value of --facts-js (a JSON string, or a promise of one) on stdout, and saves a PNG
screenshot if asked.
Exit code 2 when the condition is not met in time (the facts are still printed).
"""

import argparse
import base64
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import time


def stop(proc, profile):
    """Waits for a browser asked to close, kills it if it does not, drops its profile."""
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    profile.cleanup()


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
        stop(self.proc, self.profile)


class ChromiumPage:
    """One tab of a headless Chromium, with the same calls as `Bidi`."""

    def __init__(self, chromium, width, height):
        self.cdp = Cdp(chromium, width, height)
        target = self.cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        self.cdp.call("Page.enable", session=self.session)
        self.cdp.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=self.session,
        )

    def navigate(self, url):
        self.cdp.call("Page.navigate", {"url": url}, session=self.session)

    def evaluate(self, expr):
        # awaitPromise: an async --facts-js (one that clicks and waits for the page's
        # answer) yields its result; other values are returned as they are.
        r = self.cdp.call(
            "Runtime.evaluate",
            {"expression": expr, "returnByValue": True, "awaitPromise": True},
            session=self.session,
        )
        if "exceptionDetails" in r:
            return None
        return r.get("result", {}).get("value")

    def screenshot(self):
        shot = self.cdp.call("Page.captureScreenshot", {"format": "png"}, session=self.session)
        return base64.b64decode(shot["data"])

    def close(self):
        self.cdp.close()


class WebSocket:
    """A minimal RFC 6455 client: text frames, client-side masking, no extensions."""

    def __init__(self, host, port, path, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("websocket handshake: connection closed")
            head += chunk
        head, self.buf = head.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise RuntimeError(f"websocket handshake refused: {head[:200]!r}")

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        if n < 126:
            header = struct.pack("!BB", 0x81, 0x80 | n)
        elif n < 1 << 16:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("websocket closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                (n,) = struct.unpack("!H", self._read(2))
            elif n == 127:
                (n,) = struct.unpack("!Q", self._read(8))
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 0x8:
                raise RuntimeError("websocket closed by the browser")
            if opcode in (0x1, 0x2, 0x0):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class Bidi:
    """One tab of a headless Firefox over WebDriver BiDi, with the same calls as
    `ChromiumPage` (Firefox dropped its DevTools protocol; BiDi is the standard one)."""

    def __init__(self, firefox, width, height):
        self.profile = tempfile.TemporaryDirectory(prefix="cits-view-firefox-")
        # A free loopback port for the remote agent (Firefox cannot report a port 0).
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.proc = subprocess.Popen(
            [
                firefox,
                "--headless",
                "--no-remote",
                "--profile",
                self.profile.name,
                f"--remote-debugging-port={port}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Firefox writes caches under $HOME: keep them in the throw-away profile.
            env={**os.environ, "HOME": self.profile.name},
        )
        deadline = time.time() + 60
        while True:
            try:
                self.ws = WebSocket("127.0.0.1", port, "/session", 30)
                break
            except (OSError, RuntimeError):
                if time.time() > deadline or self.proc.poll() is not None:
                    self.close()
                    raise
                time.sleep(0.25)
        self.next_id = 0
        self.call("session.new", {"capabilities": {}})
        self.context = self.call("browsingContext.getTree", {})["contexts"][0]["context"]
        self.call(
            "browsingContext.setViewport",
            {"context": self.context, "viewport": {"width": width, "height": height}},
        )

    def call(self, method, params, timeout=30.0):
        self.next_id += 1
        self.ws.sock.settimeout(timeout)
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if reply.get("type") == "error":
                    raise RuntimeError(f"{method}: {reply.get('error')}: {reply.get('message')}")
                return reply.get("result", {})

    def navigate(self, url):
        self.call(
            "browsingContext.navigate",
            {"context": self.context, "url": url, "wait": "complete"},
        )

    def evaluate(self, expr):
        r = self.call(
            "script.evaluate",
            {
                "expression": expr,
                "target": {"context": self.context},
                "awaitPromise": True,
                "resultOwnership": "none",
            },
        )
        if r.get("type") != "success":
            return None
        # Primitives only (the scripts return booleans and JSON strings).
        return r.get("result", {}).get("value")

    def screenshot(self):
        shot = self.call("browsingContext.captureScreenshot", {"context": self.context})
        return base64.b64decode(shot["data"])

    def close(self):
        if getattr(self, "ws", None) is not None:
            try:
                self.call("browser.close", {}, timeout=5)
            except Exception:
                pass
        stop(self.proc, self.profile)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="chromium")
    ap.add_argument("--firefox", help="drive this Firefox binary (WebDriver BiDi) instead of Chromium")
    ap.add_argument("--url", required=True)
    ap.add_argument("--wait-js", default="true")
    ap.add_argument("--facts-js", required=True)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--screenshot")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    args = ap.parse_args()

    if args.firefox:
        page = Bidi(args.firefox, args.width, args.height)
    else:
        page = ChromiumPage(args.chromium, args.width, args.height)
    try:
        page.navigate(args.url)
        deadline = time.time() + args.timeout
        met = False
        while time.time() < deadline:
            if page.evaluate(f"Boolean({args.wait_js})"):
                met = True
                break
            time.sleep(0.25)
        facts = page.evaluate(args.facts_js)
        print(facts if isinstance(facts, str) else json.dumps(facts))
        if args.screenshot:
            with open(args.screenshot, "wb") as f:
                f.write(page.screenshot())
        return 0 if met else 2
    finally:
        page.close()


if __name__ == "__main__":
    sys.exit(main())
