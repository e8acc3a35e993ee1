//! End to end in a real browser: `cits up --view` on the sample recording, the page opened
//! in headless Chromium (Debian's `chromium`, driven over the DevTools protocol by
//! `tests/browser.py`), its DOM read while the replay runs and after it settled, and a PNG
//! screenshot saved to the test's output directory. The settled page is also opened in
//! headless Firefox (Debian's `firefox-esr`, over WebDriver BiDi) and must show the same.
//!
//! Checked: road users are drawn, at positions of records the pipeline exported (the same
//! topics the view reads); the topic counters move; the risks listed are risks the
//! collision detector produced (the sample has some). The replay controls: paused through
//! `/api/replay/pause`, the replay stands still and `cits up` says so; the page's bar shows
//! it paused, and its button resumes it. A missing `chromium`, `firefox-esr`, `cits` binary or
//! module directory fails the test, with the command that installs or builds it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cits_core::geo::Wgs84;
use serde_json::Value;

/// Environment variable naming the `cits` binary (the Makefile sets it).
const CITS_BIN_ENV: &str = "CITS_BIN";
/// Environment variable naming the directory of the `.wasm` modules (the Makefile sets it).
const MODULE_DIR_ENV: &str = "CITS_MODULE_DIR";
/// Environment variable naming the Chromium binary [default: `chromium` on PATH].
const CHROMIUM_ENV: &str = "CITS_CHROMIUM";
/// Environment variable naming the Firefox binary [default: `firefox-esr` on PATH].
const FIREFOX_ENV: &str = "CITS_FIREFOX";
/// Start-up bound: broker, topics and seven Wasm modules compiled on a busy 2-core box.
const START_TIMEOUT: Duration = Duration::from_secs(240);
/// Bound for the 15 s sample at 1× to be processed and settled.
const RUN_TIMEOUT: Duration = Duration::from_secs(600);
/// How long the page may take to show what is asked of it.
const PAGE_TIMEOUT_S: u64 = 120;
/// Largest distance between a drawn road user and an exported position of it, m: the view
/// rounds to cm.
const POSITION_TOLERANCE_M: f64 = 0.02;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// `<target>` of this test binary (`<target>/<profile>/deps/<test>`).
fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test executable");
    exe.parent()
        .and_then(Path::parent)
        .and_then(Path::parent)
        .expect("target dir")
        .to_owned()
}

fn cits_bin() -> PathBuf {
    let bin = std::env::var_os(CITS_BIN_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("release/cits"));
    assert!(
        bin.is_file(),
        "the browser test needs the cits binary at {} (or ${CITS_BIN_ENV}): `make cits`",
        bin.display()
    );
    bin
}

fn module_dir() -> PathBuf {
    let dir = std::env::var_os(MODULE_DIR_ENV)
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("wasm32-wasip1/wasm"));
    assert!(
        dir.join("decoder.wasm").is_file(),
        "the browser test needs the stage modules in {} (or ${MODULE_DIR_ENV}): `make modules`",
        dir.display()
    );
    dir
}

/// A headless browser `tests/browser.py` drives.
enum Browser {
    Chromium(String),
    Firefox(String),
}

impl Browser {
    /// The browser.py option choosing it.
    fn args(&self) -> [&str; 2] {
        match self {
            Self::Chromium(bin) => ["--chromium", bin],
            Self::Firefox(bin) => ["--firefox", bin],
        }
    }
}

/// `bin --version` runs, else the test fails saying how to install it.
fn runnable(bin: String, env: &str, package: &str) -> String {
    let ok = Command::new(&bin)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        ok,
        "headless browser `{bin}` does not run: install Debian's `{package}` \
         (`apt-get install {package}`; `make deps` / .ci/install-deps.sh does) or set ${env}"
    );
    bin
}

fn chromium() -> Browser {
    let bin = std::env::var(CHROMIUM_ENV).unwrap_or_else(|_| "chromium".into());
    Browser::Chromium(runnable(bin, CHROMIUM_ENV, "chromium"))
}

fn firefox() -> Browser {
    let bin = std::env::var(FIREFOX_ENV).unwrap_or_else(|_| "firefox-esr".into());
    Browser::Firefox(runnable(bin, FIREFOX_ENV, "firefox-esr"))
}

/// `cits up`, killed on drop unless it exited.
struct Up {
    child: Child,
    stderr: PathBuf,
}

impl Up {
    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Waits until stderr has a line containing `needle`; returns that line.
    fn wait_line(&mut self, needle: &str, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let file = std::fs::File::open(&self.stderr).expect("stderr file");
            if let Some(line) = BufReader::new(file)
                .lines()
                .map_while(Result::ok)
                .find(|l| l.contains(needle))
            {
                return line;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "cits up exited ({status}) before printing {needle:?}:\n{}",
                    self.stderr()
                );
            }
            assert!(
                Instant::now() < deadline,
                "no {needle:?} from cits up within {timeout:?}:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

impl Drop for Up {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// What the page shows, read from its DOM.
const FACTS_JS: &str = r#"JSON.stringify({
  users: [...document.querySelectorAll('#users g.user')].map(g => ({
    key: g.dataset.key, cls: g.dataset.class, x: Number(g.dataset.x), y: Number(g.dataset.y)})),
  lanes: document.querySelectorAll('#lanes polyline').length,
  paths: document.querySelectorAll('#paths polyline').length,
  topics: Object.fromEntries([...document.querySelectorAll('#topics tr[data-total]')].map(
    r => [r.id.replace('topic-', ''), Number(r.dataset.total)])),
  stages: Object.fromEntries([...document.querySelectorAll('#stages tr[data-total]')].map(
    r => [r.id.replace('stage-', ''), Number(r.dataset.total)])),
  risks: [...document.querySelectorAll('#risk-table tr.risk')].map(r => r.dataset.id),
  denms: document.querySelectorAll('#denm-table tr.denm').length,
  frames: Number(document.getElementById('frames').textContent),
  status: document.getElementById('status').textContent})"#;

/// Clicks the replay bar's button (the replay is paused), waits until the page got the
/// server's answer, and tells what the bar showed before and after.
const RESUME_JS: &str = r#"(async () => {
  const toggle = document.getElementById('replay-toggle');
  const progress = document.getElementById('replay-progress');
  const facts = { label: toggle.textContent, speed: document.getElementById('replay-speed').value,
                  total: Number(progress.dataset.total), text: progress.textContent };
  toggle.click();
  for (let i = 0; i < 100 && toggle.dataset.paused === 'true'; i++) {
    await new Promise(r => setTimeout(r, 100));
  }
  facts.paused_after = toggle.dataset.paused;
  facts.label_after = toggle.textContent;
  return JSON.stringify(facts);
})()"#;

/// Opens `url`, waits for `wait_js`, returns the facts (and saves a screenshot).
fn browse(browser: &Browser, url: &str, wait_js: &str, screenshot: Option<&Path>) -> Value {
    browse_for(browser, url, wait_js, FACTS_JS, screenshot)
}

/// Opens `url`, waits for `wait_js`, returns the value of `facts_js` (and saves a
/// screenshot).
fn browse_for(
    browser: &Browser,
    url: &str,
    wait_js: &str,
    facts_js: &str,
    screenshot: Option<&Path>,
) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser.py");
    let mut cmd = Command::new("python3");
    cmd.arg(&script)
        .args(browser.args())
        .args(["--url", url, "--wait-js", wait_js])
        .args([
            "--facts-js",
            facts_js,
            "--timeout",
            &PAGE_TIMEOUT_S.to_string(),
        ]);
    if let Some(path) = screenshot {
        cmd.arg("--screenshot").arg(path);
    }
    let out = cmd.output().expect("python3 runs tests/browser.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the page did not show `{wait_js}` within {PAGE_TIMEOUT_S} s (exit {}); page facts: {stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("facts not JSON ({e}): {stdout}"))
}

/// `method` on `url` from this synchronous test: the JSON answer (2xx asserted).
fn request(method: reqwest::Method, url: &str) -> Value {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async {
        let resp = reqwest::Client::new()
            .request(method.clone(), url)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
        let code = resp.status();
        let body = resp.text().await.expect("body");
        assert!(code.is_success(), "{method} {url}: {code} {body}");
        serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{method} {url}: not JSON ({e}): {body}"))
    })
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn wgs(p: &Value) -> Option<Wgs84> {
    Some(Wgs84 {
        lat_deg: p["lat"].as_f64()?,
        lon_deg: p["lon"].as_f64()?,
    })
}

#[test]
fn cits_up_view_shows_the_sample_in_headless_chromium_and_firefox() {
    let chromium = chromium();
    let firefox = firefox();
    let (cits, modules) = (cits_bin(), module_dir());
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cits-view-browser");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("output dir");
    let stderr = out.join("up.stderr");
    let sample = root().join("testdata/sample");
    let child = Command::new(&cits)
        .args(["up", "--view", "127.0.0.1:0", "--speed", "1"])
        .arg("--modules")
        .arg(&modules)
        .arg("--replay")
        .arg(&sample)
        .arg("--export")
        .arg(out.join("export"))
        .arg("--log-dir")
        .arg(out.join("logs"))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(out.join("up.stdout")).expect("stdout file"))
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("cits up starts");
    let mut up = Up { child, stderr };
    let line = up.wait_line("cits up: view at ", START_TIMEOUT);
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("URL in the view line")
        .to_owned();

    // The replay controls. Paused through the endpoint as soon as the view is up (the
    // replay has just begun, 15 s of recording ahead): it stands still, `cits up` says so.
    let api = format!("{url}api/replay");
    let paused = request(reqwest::Method::POST, &format!("{api}/pause"));
    assert_eq!(paused["paused"], true, "{paused}");
    let total = paused["total"].as_u64().unwrap_or(0);
    assert!(total > 0, "{paused}");
    up.wait_line("(paused)", Duration::from_secs(30));
    let held = request(reqwest::Method::GET, &api);
    std::thread::sleep(Duration::from_secs(2));
    let still = request(reqwest::Method::GET, &api);
    assert_eq!(
        still["replayed"], held["replayed"],
        "replayed while paused: {still}"
    );
    assert_eq!(still["done"], false, "{still}");
    // The page's bar shows the paused replay; its button resumes it.
    let bar = browse_for(
        &chromium,
        &url,
        "!document.getElementById('replay-bar').hidden && \
         document.getElementById('replay-toggle').dataset.paused === 'true'",
        RESUME_JS,
        None,
    );
    println!("replay bar: {bar}");
    assert_eq!(bar["label"], "resume", "{bar}");
    assert_eq!(bar["speed"], "1", "--speed 1 selected: {bar}");
    assert_eq!(bar["total"].as_u64(), Some(total), "{bar}");
    assert!(
        bar["text"].as_str().unwrap_or_default().contains("paused"),
        "{bar}"
    );
    assert_eq!(bar["paused_after"], "false", "the click resumed: {bar}");
    assert_eq!(bar["label_after"], "pause", "{bar}");
    assert_eq!(request(reqwest::Method::GET, &api)["paused"], false);

    // While the replay runs: road users appear on the street graph.
    let live = browse(
        &chromium,
        &url,
        "document.querySelectorAll('#users g.user').length > 0",
        None,
    );
    println!("page while the replay runs: {live}");
    assert!(
        live["lanes"].as_u64().unwrap() > 20,
        "street graph drawn: {live}"
    );
    let matched_live = live["topics"]["matched"].as_u64().unwrap_or(0);
    assert!(matched_live > 0, "matched counter: {live}");

    // After the run settled (exports written), the page shows the final state.
    up.wait_line("the view keeps showing the final state", RUN_TIMEOUT);
    let png = out.join("view.png");
    let settled = "document.querySelectorAll('#risk-table tr.risk').length > 0 && \
         document.querySelectorAll('#users g.user').length > 0 && \
         document.querySelectorAll('#stages tr[data-total]').length === 7 && \
         document.getElementById('stage-mapmatcher').dataset.total === \
         document.getElementById('topic-matched').dataset.total";
    let last = browse(&chromium, &url, settled, Some(&png));
    println!("page after the run: {last}");
    let matched_end = last["topics"]["matched"].as_u64().unwrap_or(0);
    assert!(
        matched_end > matched_live,
        "counters moved: matched {matched_live} while running, {matched_end} at the end"
    );
    assert!(
        last["topics"]["predictions"].as_u64().unwrap_or(0) > 0,
        "{last}"
    );
    assert!(
        last["paths"].as_u64().unwrap() > 0,
        "predicted paths drawn: {last}"
    );

    // Every risk listed is one the collision detector produced.
    let export = out.join("export");
    let risks = jsonl(&export.join("risks.jsonl"));
    let listed: Vec<&str> = last["risks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(!listed.is_empty());
    for id in &listed {
        assert!(
            risks.iter().any(|r| r["risk_id"] == *id),
            "risk {id} listed on the page is not on cits.risks"
        );
    }
    // The counters are the topics' record counts (the export consumed them all).
    assert_eq!(
        matched_end as usize,
        jsonl(&export.join("matched.jsonl")).len(),
        "matched counter vs records on cits.matched"
    );
    // Per-stage counts (log ends of the output topics) agree with what was consumed.
    let stages = &last["stages"];
    assert_eq!(stages["mapmatcher"].as_u64(), Some(matched_end), "{last}");
    assert_eq!(
        stages["denm"].as_u64().map(|n| n as usize),
        Some(jsonl(&export.join("denm.jsonl")).len()),
        "DENM sender count vs records on cits.denm: {last}"
    );
    assert!(stages["decoder"].as_u64().unwrap_or(0) > 0, "{last}");

    // Every road user is drawn at a position the pipeline produced for it (its last
    // prediction's start or a matched point), in the street graph's frame.
    let graph = cits_stage::graph::read_lane_graph(&sample.join("graph")).expect("graph");
    let frame = graph.frame();
    let mut positions: std::collections::HashMap<String, Vec<Wgs84>> = Default::default();
    for p in jsonl(&export.join("predictions.jsonl")) {
        let key = format!(
            "{}@{}",
            p["trajectory_key"].as_str().unwrap(),
            p["session_start_ms"]
        );
        positions
            .entry(key)
            .or_default()
            .extend(wgs(&p["position"]));
    }
    for m in jsonl(&export.join("matched.jsonl")) {
        let key = format!(
            "{}@{}",
            m["trajectory_key"].as_str().unwrap(),
            m["session_start_ms"]
        );
        let entry = positions.entry(key).or_default();
        for point in m["points"].as_array().unwrap() {
            entry.extend(wgs(&point["matched"]));
        }
    }
    let users = last["users"].as_array().unwrap();
    assert!(!users.is_empty());
    for u in users {
        let key = u["key"].as_str().unwrap();
        let (x, y) = (u["x"].as_f64().unwrap(), u["y"].as_f64().unwrap());
        let nearest = positions
            .get(key)
            .unwrap_or_else(|| panic!("road user {key} drawn but not on the topics"))
            .iter()
            .map(|w| {
                let (px, py) = frame.to_local(*w);
                (px - x).hypot(py - y)
            })
            .fold(f64::INFINITY, f64::min);
        assert!(
            nearest <= POSITION_TOLERANCE_M,
            "road user {key} drawn at ({x}, {y}), {nearest:.3} m from any position the pipeline produced"
        );
    }
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "screenshot {} is {size} bytes",
        png.display()
    );
    println!(
        "screenshot: {} ({size} bytes); {} road users, {} risks listed, {} DENMs listed, {} frames",
        png.display(),
        users.len(),
        listed.len(),
        last["denms"],
        last["frames"]
    );

    // The same settled page in Firefox: what it draws and lists is what Chromium showed.
    let png_firefox = out.join("view-firefox.png");
    let in_firefox = browse(&firefox, &url, settled, Some(&png_firefox));
    println!("page in Firefox: {in_firefox}");
    for fact in [
        "users", "lanes", "paths", "topics", "stages", "risks", "denms",
    ] {
        assert_eq!(
            in_firefox[fact], last[fact],
            "{fact} in Firefox differs from Chromium"
        );
    }
    let size = std::fs::metadata(&png_firefox)
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(
        size > 10_000,
        "Firefox screenshot {} is {size} bytes",
        png_firefox.display()
    );

    // Ctrl-C ends `cits up` cleanly.
    // SAFETY: kill(2) on our own child's pid.
    let rc = unsafe { libc::kill(up.child.id() as i32, libc::SIGINT) };
    assert_eq!(rc, 0, "SIGINT to cits up");
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(s) = up.child.try_wait().expect("wait") {
            break s;
        }
        assert!(Instant::now() < deadline, "cits up did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "cits up exit {status}:\n{}", up.stderr());
}
