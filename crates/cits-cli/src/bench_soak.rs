//! `cits bench --soak DURATION`: the pipeline under load for a long time, and whether its
//! memory stays flat (issue 12, item 7).
//!
//! A data set of `DURATION` × [`SOAK_SPEED`] minutes is generated (seed 1, continuous
//! traffic) and replayed at [`SOAK_SPEED`] through the `.wasm` modules, one instance per
//! stage, against a broker process on SQLite storage (a memory broker keeps every record
//! and would grow by design). Every [`SAMPLE_EVERY`] the resident set size (VmRSS) of each
//! stage instance, of the broker process and of this process (the replayer and the output
//! consumers) is read from `/proc`. Written: `OUT/soak.csv` (every sample),
//! `OUT/soak.svg` (RSS over time) and `OUT/soak.md` (start, end, max and the slope of a
//! least-squares line over the samples after [`WARM_UP_SHARE`] of the run, per process).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use cits_pipeline::replay::ReplayOptions;
use cits_pipeline::{Modules, Pipeline, PipelineConfig, Speed, SETTLE_PERIOD};

/// Replay speed of the soak (issue 12: "at 4x").
pub const SOAK_SPEED: f64 = 4.0;
/// How often RSS is sampled: 60 samples in a 10-minute soak.
pub const SAMPLE_EVERY: Duration = Duration::from_secs(10);
/// Share of the run left out of the slope: modules and the broker fill their caches and
/// windows first (the assembler's and predictor's windows fill within seconds).
pub const WARM_UP_SHARE: f64 = 0.2;
/// Longest wait for the pipeline to drain after the replay.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(600);
/// Seed of the generated data set (the same as `make generate`).
const SOAK_SEED: u64 = 1;

/// Parses `90s`, `10m`, `1h` or plain seconds.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    let (number, unit) = match text.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => text.split_at(i),
        None => (text, "s"),
    };
    let value: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration (e.g. 90s, 10m, 1h)"))?;
    let secs = match unit {
        "s" => value,
        "m" | "min" => value * 60.0,
        "h" => value * 3600.0,
        _ => return Err(format!("{text:?}: unknown unit {unit:?} (s, m, h)")),
    };
    if !(secs.is_finite() && secs >= 1.0) {
        return Err(format!("{text:?}: a soak lasts at least a second"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// One RSS sample of every process, KiB by process name.
struct Sample {
    at: Duration,
    rss_kib: BTreeMap<String, u64>,
}

/// Resident set size of `pid`, KiB (`VmRSS` of `/proc/PID/status`).
fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Runs the soak and writes its files into `out`; returns the Markdown table.
pub async fn run(duration: Duration, module_dir: &Path, out: &Path) -> Result<String> {
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let minutes = duration.as_secs_f64() / 60.0 * SOAK_SPEED;
    let data_dir = out.join("soak-data");
    eprintln!(
        "cits bench --soak: generating {minutes:.1} minutes of traffic (seed {SOAK_SEED}) into {}",
        data_dir.display()
    );
    let config = cits_sim::Config::new(SOAK_SEED, minutes)?;
    cits_sim::generate(&config, &mut |_, _| {})?.write_to(&data_dir)?;
    let entries = cits_sim::recording::read(data_dir.join(cits_sim::RECORDING_FILE))
        .context("reading the generated recording")?;

    let cits_exe = std::env::current_exe().context("locating the cits binary")?;
    let mut config = PipelineConfig::new(Modules::Wasm {
        cits_exe: cits_exe.clone(),
        dir: module_dir.to_path_buf(),
    });
    config.graph_dir = Some(data_dir.join("graph"));
    config.log_dir = Some(out.join("soak-logs"));
    config.broker_storage =
        crate::cmd_broker::fresh_data_dir_storage(&out.join("soak-broker-data"))?;
    config.broker_process = Some(cits_exe);
    let mut pipeline = Pipeline::start(config).await?;

    let replayer = pipeline.replayer();
    let options = ReplayOptions {
        speed: Speed::Factor(SOAK_SPEED),
        ..ReplayOptions::default()
    };
    let total = entries.len();
    let replay = tokio::spawn(async move { replayer.replay(&entries, &options).await });
    let started = Instant::now();
    let mut samples = Vec::new();
    loop {
        let mut rss = BTreeMap::new();
        for instance in pipeline.instances() {
            if let Some(kib) = instance.pid.and_then(rss_kib) {
                rss.insert(instance.id.to_string(), kib);
            }
        }
        if let Some(kib) = pipeline.broker_pid().and_then(rss_kib) {
            rss.insert("broker".to_owned(), kib);
        }
        if let Some(kib) = rss_kib(std::process::id()) {
            rss.insert("cits up: replayer and consumers".to_owned(), kib);
        }
        let at = started.elapsed();
        let total_mib = rss.values().sum::<u64>() as f64 / 1024.0;
        eprintln!(
            "cits bench --soak: [{:>6.0} s / {:.0} s] replayed {}/{total}, RSS of all {total_mib:.1} MiB",
            at.as_secs_f64(),
            duration.as_secs_f64(),
            pipeline.replayer().produced()
        );
        samples.push(Sample { at, rss_kib: rss });
        pipeline.check_instances()?;
        if replay.is_finished() {
            break;
        }
        tokio::time::sleep(SAMPLE_EVERY).await;
    }
    replay.await.context("replay task")??;
    pipeline
        .wait_settled(SETTLE_PERIOD, DRAIN_TIMEOUT, |_| {})
        .await?;
    let summary = pipeline.shutdown().await?;
    eprintln!("{summary}");
    if samples.len() < 3 {
        bail!(
            "the soak took {} samples; it needs at least 3",
            samples.len()
        );
    }
    write_csv(&samples, &out.join("soak.csv"))?;
    std::fs::write(out.join("soak.svg"), svg(&samples))
        .with_context(|| format!("writing {}", out.join("soak.svg").display()))?;
    let heaps = heaps(&out.join("soak-logs"));
    let table = table(&samples, duration, &heaps, &summary.to_string());
    std::fs::write(out.join("soak.md"), &table)
        .with_context(|| format!("writing {}", out.join("soak.md").display()))?;
    eprintln!(
        "cits bench --soak: wrote soak.md, soak.csv, soak.svg into {}",
        out.display()
    );
    Ok(table)
}

/// The process names of every sample, in order.
fn names(samples: &[Sample]) -> Vec<String> {
    let mut names: Vec<String> = samples
        .iter()
        .flat_map(|s| s.rss_kib.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn write_csv(samples: &[Sample], path: &Path) -> Result<()> {
    let names = names(samples);
    let mut csv = format!("seconds,{}\n", names.join(","));
    for s in samples {
        let row: Vec<String> = names
            .iter()
            .map(|n| s.rss_kib.get(n).map_or(String::new(), u64::to_string))
            .collect();
        let _ = writeln!(csv, "{:.1},{}", s.at.as_secs_f64(), row.join(","));
    }
    std::fs::write(path, csv).with_context(|| format!("writing {}", path.display()))
}

/// Least-squares slope of `points` (x seconds, y KiB), KiB per second.
pub fn slope(points: &[(f64, f64)]) -> Option<f64> {
    let n = points.len() as f64;
    if points.len() < 2 {
        return None;
    }
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

/// Live heap and heap peak (KiB) of one instance, from its first and its last stats line.
#[derive(Debug, PartialEq)]
struct Heap {
    first: (u64, u64),
    last: (u64, u64),
}

/// The `heap_kib` / `heap_peak_kib` of a stats line (`cits_stage::heap`), if it has them.
fn heap_of_line(line: &str) -> Option<(u64, u64)> {
    if !line.contains(" stats ") {
        return None;
    }
    let field = |key: &str| {
        line.split_whitespace()
            .find_map(|word| word.strip_prefix(key)?.parse::<u64>().ok())
    };
    Some((field("heap_kib=")?, field("heap_peak_kib=")?))
}

/// The heap of every instance whose log (`<dir>/<instance>.log`) has stats lines with it.
fn heaps(dir: &Path) -> BTreeMap<String, Heap> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let name = entry
                .file_name()
                .to_string_lossy()
                .strip_suffix(".log")?
                .to_owned();
            let text = std::fs::read_to_string(entry.path()).ok()?;
            let mut lines = text.lines().filter_map(heap_of_line);
            let first = lines.next()?;
            let last = lines.next_back().unwrap_or(first);
            Some((name, Heap { first, last }))
        })
        .collect()
}

fn table(
    samples: &[Sample],
    duration: Duration,
    heaps: &BTreeMap<String, Heap>,
    summary: &str,
) -> String {
    let last = samples.last().map_or(0.0, |s| s.at.as_secs_f64());
    let warm = last * WARM_UP_SHARE;
    let mut md = String::new();
    let _ = writeln!(
        md,
        "## Soak (`cits bench --soak {:.0}s`)\n\n\
         {:.1} minutes of generated traffic at {SOAK_SPEED}x through the `.wasm` modules, one \
         instance per stage, a broker process on SQLite storage; RSS (VmRSS) every {} s, \
         {} samples. Slope: least-squares line over the samples after the first {:.0} % \
         ({warm:.0} s), in MiB per 10 minutes; flat is the goal.\n\n\
         ![RSS over time](soak.svg)\n\n\
         | process | RSS at start | at end | max | slope (MiB / 10 min) |\n\
         |---|---|---|---|---|",
        duration.as_secs_f64(),
        duration.as_secs_f64() / 60.0 * SOAK_SPEED,
        SAMPLE_EVERY.as_secs(),
        samples.len(),
        WARM_UP_SHARE * 100.0
    );
    let mib = |kib: u64| format!("{:.1} MiB", kib as f64 / 1024.0);
    for name in names(samples) {
        let series: Vec<(f64, u64)> = samples
            .iter()
            .filter_map(|s| s.rss_kib.get(&name).map(|k| (s.at.as_secs_f64(), *k)))
            .collect();
        let (Some(first), Some(end)) = (series.first(), series.last()) else {
            continue;
        };
        let max = series.iter().map(|p| p.1).max().unwrap_or(0);
        let after: Vec<(f64, f64)> = series
            .iter()
            .filter(|p| p.0 >= warm)
            .map(|p| (p.0, p.1 as f64))
            .collect();
        let per_10_min =
            slope(&after).map_or("–".to_owned(), |s| format!("{:+.2}", s * 600.0 / 1024.0));
        let _ = writeln!(
            md,
            "| {name} | {} | {} | {} | {per_10_min} |",
            mib(first.1),
            mib(end.1),
            mib(max)
        );
    }
    if !heaps.is_empty() {
        let _ = writeln!(
            md,
            "\nInside the modules (their stats lines, every 10 s): the live heap is what is \
             allocated and not freed (a leak grows it); the peak is the most it has been. A \
             module's linear memory, and with it its RSS, keeps the peak: a Wasm heap never \
             gives memory back.\n\n\
             | instance | live heap, first → last stats line | heap peak, first → last |\n\
             |---|---|---|"
        );
        // Two decimals: a live heap of a few hundred KiB moves by tens of KiB.
        let mib2 = |kib: u64| format!("{:.2} MiB", kib as f64 / 1024.0);
        for (name, heap) in heaps {
            let _ = writeln!(
                md,
                "| {name} | {} → {} | {} → {} |",
                mib2(heap.first.0),
                mib2(heap.last.0),
                mib2(heap.first.1),
                mib2(heap.last.1)
            );
        }
    }
    let _ = writeln!(md, "\n```\n{summary}\n```");
    md
}

/// RSS over time, one line per process, as a self-contained SVG.
fn svg(samples: &[Sample]) -> String {
    const W: f64 = 720.0;
    const H: f64 = 360.0;
    const LEFT: f64 = 60.0;
    const RIGHT: f64 = 230.0;
    const TOP: f64 = 20.0;
    const BOTTOM: f64 = 40.0;
    const COLOURS: [&str; 10] = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf",
    ];
    let t_max = samples.last().map_or(1.0, |s| s.at.as_secs_f64()).max(1.0);
    let y_max = samples
        .iter()
        .flat_map(|s| s.rss_kib.values())
        .copied()
        .max()
        .unwrap_or(1) as f64
        / 1024.0
        * 1.1;
    let x = |t: f64| LEFT + t / t_max * (W - LEFT - RIGHT);
    let y = |mib: f64| H - BOTTOM - mib / y_max * (H - TOP - BOTTOM);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" \
         font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <line x1=\"{LEFT}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"black\"/>\n\
         <line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{}\" stroke=\"black\"/>\n\
         <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">seconds</text>\n\
         <text x=\"14\" y=\"{}\" transform=\"rotate(-90 14 {})\" text-anchor=\"middle\">RSS, MiB</text>\n",
        H - BOTTOM,
        W - RIGHT,
        H - BOTTOM,
        H - BOTTOM,
        (LEFT + W - RIGHT) / 2.0,
        H - 8.0,
        H / 2.0,
        H / 2.0
    );
    for i in 0..=4 {
        let t = t_max * f64::from(i) / 4.0;
        let m = y_max * f64::from(i) / 4.0;
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{t:.0}</text>\n\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{m:.0}</text>",
            x(t),
            H - BOTTOM + 14.0,
            LEFT - 4.0,
            y(m) + 4.0
        );
    }
    for (i, name) in names(samples).iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let points: Vec<String> = samples
            .iter()
            .filter_map(|s| {
                s.rss_kib
                    .get(name)
                    .map(|k| format!("{:.1},{:.1}", x(s.at.as_secs_f64()), y(*k as f64 / 1024.0)))
            })
            .collect();
        let legend_y = TOP + 14.0 * i as f64;
        let _ = writeln!(
            svg,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{}\"/>\n\
             <line x1=\"{:.1}\" y1=\"{legend_y:.1}\" x2=\"{:.1}\" y2=\"{legend_y:.1}\" stroke=\"{colour}\" stroke-width=\"3\"/>\n\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            points.join(" "),
            W - RIGHT + 10.0,
            W - RIGHT + 30.0,
            W - RIGHT + 34.0,
            legend_y + 4.0,
            name.replace('&', "&amp;").replace('<', "&lt;")
        );
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_with_units() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(parse_duration("1h"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_duration("45"), Ok(Duration::from_secs(45)));
        assert!(parse_duration("10x").is_err());
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("m").is_err());
    }

    #[test]
    fn heaps_come_from_the_first_and_last_stats_lines_of_each_log() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("predictor-0.log"),
            "INFO predictor-0: positioned\n\
             INFO predictor-0: stats in=10 out=10 dlq=0 filtered=0 lag=0 reconnects=0 commits=1 heap_kib=400 heap_peak_kib=900 graph=5\n\
             [INFO] cits-host: predictor.wasm: linear memory grown from 1 to 2 bytes\n\
             INFO predictor-0: stats in=20 out=20 dlq=0 filtered=0 lag=0 reconnects=0 commits=2 heap_kib=410 heap_peak_kib=950 graph=9\n\
             INFO predictor-0: stats in=30 out=30 dlq=0 filtered=0 lag=0 reconnects=0 commits=3 heap_kib=420 heap_peak_kib=3400 graph=12\n",
        )
        .unwrap();
        // A broker log and a module without the counter have no heap.
        std::fs::write(dir.path().join("broker.log"), "listening\n").unwrap();
        std::fs::write(
            dir.path().join("old-0.log"),
            "INFO old-0: stats in=1 out=1 dlq=0 filtered=0 lag=0 reconnects=0 commits=0\n",
        )
        .unwrap();
        let heaps = heaps(dir.path());
        assert_eq!(
            heaps.into_iter().collect::<Vec<_>>(),
            vec![(
                "predictor-0".to_owned(),
                Heap {
                    first: (400, 900),
                    last: (420, 3400)
                }
            )]
        );
    }

    #[test]
    fn slope_of_a_line_and_of_a_flat_series() {
        // y = 3x + 7: slope 3, whatever the intercept.
        let line: Vec<(f64, f64)> = (0..10)
            .map(|i| (f64::from(i), 3.0 * f64::from(i) + 7.0))
            .collect();
        assert!((slope(&line).unwrap() - 3.0).abs() < 1e-9);
        let flat: Vec<(f64, f64)> = (0..10).map(|i| (f64::from(i), 42.0)).collect();
        assert_eq!(slope(&flat), Some(0.0));
        assert_eq!(slope(&[(1.0, 2.0)]), None);
        assert_eq!(slope(&[(1.0, 2.0), (1.0, 3.0)]), None, "no spread in x");
    }
}
