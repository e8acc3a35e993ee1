//! SVG plots like the thesis' Figures 14–19.
//!
//! SVG because plotters then needs no font files (text is left to the viewer),
//! so the plots render on a machine without fonts or font libraries.

use std::path::Path;

use plotters::prelude::*;

use crate::analysis::RunAnalysis;
use crate::error::{Error, Result};

/// Run colours in the thesis' order: first run green, second blue, third orange (§4.2).
const RUN_COLOURS: [RGBColor; 3] = [
    RGBColor(0x2c, 0xa0, 0x2c),
    RGBColor(0x1f, 0x77, 0xb4),
    RGBColor(0xff, 0x7f, 0x0e),
];

/// Size of a single chart, px.
const CHART_SIZE: (u32, u32) = (1000, 600);

/// Size of the per-component grid, px.
const GRID_SIZE: (u32, u32) = (1500, 900);

/// Dot radius of scatter plots: thousands of points stay readable.
const DOT_RADIUS: u32 = 1;

/// The quantiles drawn in the distribution plot, as "nines" on a log axis.
const DISTRIBUTION_POINTS: usize = 200;

fn plot_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Plot {
        path: path.to_owned(),
        message: e.to_string(),
    }
}

fn run_colour(i: usize) -> RGBColor {
    RUN_COLOURS
        .get(i)
        .copied()
        .unwrap_or(RGBColor(0x7f, 0x7f, 0x7f))
}

const NS_PER_MS: f64 = 1e6;

/// End-to-end latency over message index, one colour per run (thesis Figure 14).
pub fn latency_over_index(path: &Path, title: &str, runs: &[&RunAnalysis]) -> Result<()> {
    let series: Vec<Vec<(f64, f64)>> = runs
        .iter()
        .map(|r| {
            r.messages
                .iter()
                .map(|m| (m.index as f64, m.end_to_end_ns() as f64 / NS_PER_MS))
                .collect()
        })
        .collect();
    scatter(
        path,
        title,
        "message",
        "end-to-end latency [ms]",
        &series,
        CHART_SIZE,
    )
}

fn scatter(
    path: &Path,
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[Vec<(f64, f64)>],
    size: (u32, u32),
) -> Result<()> {
    let root = SVGBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).map_err(|e| plot_err(path, e))?;
    draw_scatter(&root, path, title, x_label, y_label, series)?;
    root.present().map_err(|e| plot_err(path, e))
}

fn draw_scatter<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    path: &Path,
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[Vec<(f64, f64)>],
) -> Result<()> {
    let x_max = series.iter().flatten().map(|p| p.0).fold(1.0, f64::max);
    let y_max = series.iter().flatten().map(|p| p.1).fold(0.001, f64::max) * 1.05;
    let mut chart = ChartBuilder::on(area)
        .caption(title, ("sans-serif", 20))
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..x_max, 0.0..y_max)
        .map_err(|e| plot_err(path, e))?;
    chart
        .configure_mesh()
        .x_desc(x_label)
        .y_desc(y_label)
        .draw()
        .map_err(|e| plot_err(path, e))?;
    for (i, points) in series.iter().enumerate() {
        let colour = run_colour(i);
        chart
            .draw_series(
                points
                    .iter()
                    .map(|p| Circle::new(*p, DOT_RADIUS, colour.filled())),
            )
            .map_err(|e| plot_err(path, e))?
            .label(format!("run {}", i + 1))
            .legend(move |(x, y)| Circle::new((x, y), 4, colour.filled()));
    }
    if series.len() > 1 {
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(|e| plot_err(path, e))?;
    }
    Ok(())
}

/// Per-component times over message index for one run (thesis Figure 15):
/// one panel per stage (processing) and per hop (between stages).
pub fn components_over_index(path: &Path, title: &str, run: &RunAnalysis) -> Result<()> {
    let mut panels: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
    let Some(first) = run.messages.first() else {
        return scatter(path, title, "message", "ms", &[], CHART_SIZE);
    };
    let stage_names: Vec<String> = first.stages().iter().map(|s| s.stage.clone()).collect();
    let hop_names: Vec<String> = first.hops().map(|(n, _)| n).collect();
    // Interleave like the thesis' layout: stage, hop, stage, hop, ...
    for (i, stage) in stage_names.iter().enumerate() {
        let points = run
            .messages
            .iter()
            .filter_map(|m| {
                m.stages()
                    .get(i)
                    .map(|s| (m.index as f64, s.processing_ns() as f64 / NS_PER_MS))
            })
            .collect();
        panels.push((format!("{stage} (processing)"), points));
        if let Some(hop) = hop_names.get(i) {
            let points = run
                .messages
                .iter()
                .filter_map(|m| {
                    m.hops()
                        .nth(i)
                        .map(|(_, ns)| (m.index as f64, ns as f64 / NS_PER_MS))
                })
                .collect();
            panels.push((format!("{hop} (broker hop)"), points));
        }
    }
    let root = SVGBackend::new(path, GRID_SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| plot_err(path, e))?;
    let root = root
        .titled(title, ("sans-serif", 24))
        .map_err(|e| plot_err(path, e))?;
    let columns = 3;
    let rows = panels.len().div_ceil(columns);
    let areas = root.split_evenly((rows, columns));
    for ((name, points), area) in panels.into_iter().zip(areas.iter()) {
        draw_scatter(area, path, &name, "message", "ms", &[points])?;
    }
    root.present().map_err(|e| plot_err(path, e))
}

/// Latency by percentile for end-to-end, each stage and each hop (all runs
/// merged): x = percentile on a "nines" scale (50, 90, 99, 99.9), y = ms, log.
pub fn distributions(
    path: &Path,
    title: &str,
    breakdown: &crate::analysis::Breakdown,
) -> Result<()> {
    let mut series: Vec<(String, &crate::stats::Recorder)> =
        vec![("end-to-end".to_owned(), &breakdown.end_to_end)];
    series.extend(breakdown.stages.iter().map(|(n, r)| (n.clone(), r)));
    series.extend(breakdown.hops.iter().map(|(n, r)| (n.clone(), r)));
    // x = -log10(1 - q): 0 = median-ish start, 1 = p90, 2 = p99, 3 = p99.9.
    let max_nines = 3.0;
    let curves: Vec<(String, Vec<(f64, f64)>)> = series
        .iter()
        .filter(|(_, r)| r.count() > 0)
        .map(|(name, r)| {
            let points = (0..=DISTRIBUTION_POINTS)
                .map(|i| {
                    let nines = max_nines * i as f64 / DISTRIBUTION_POINTS as f64;
                    let q = 1.0 - 10f64.powf(-nines);
                    // Floor at 1 µs so the log axis has no zeros.
                    (nines, (r.quantile_ns(q) as f64 / NS_PER_MS).max(0.001))
                })
                .collect();
            (name.clone(), points)
        })
        .collect();
    let y_max = curves
        .iter()
        .flat_map(|(_, p)| p.iter().map(|p| p.1))
        .fold(1.0, f64::max)
        * 1.5;
    let root = SVGBackend::new(path, CHART_SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| plot_err(path, e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(10)
        .x_label_area_size(35)
        .y_label_area_size(60)
        .build_cartesian_2d(0.0..max_nines, (0.001..y_max).log_scale())
        .map_err(|e| plot_err(path, e))?;
    chart
        .configure_mesh()
        .x_desc("percentile")
        .x_label_formatter(&|x| format!("p{}", format_percentile(*x)))
        .y_desc("latency [ms] (log)")
        .draw()
        .map_err(|e| plot_err(path, e))?;
    for (i, (name, points)) in curves.into_iter().enumerate() {
        let colour = Palette99::pick(i).to_rgba();
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(2)))
            .map_err(|e| plot_err(path, e))?
            .label(name)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], colour.stroke_width(2))
            });
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| plot_err(path, e))?;
    root.present().map_err(|e| plot_err(path, e))
}

/// "nines" value → percentile label: 0 → "0", 1 → "90", 2 → "99", 3 → "99.9".
fn format_percentile(nines: f64) -> String {
    let p = 100.0 * (1.0 - 10f64.powf(-nines));
    let text = format!("{p:.1}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cits_proto::Trace;

    fn run(n: u64, hop_ns: u64) -> RunAnalysis {
        let mut r = RunAnalysis::new();
        for i in 0..n {
            let mut t = Trace::default();
            let mut now = i * 10_000_000;
            for stage in crate::trace::PIPELINE_STAGES {
                t.push(stage, "0", now, now + 100_000 + i * 1000);
                now += 100_000 + i * 1000 + hop_ns;
            }
            r.push_trace("k", Some(&t));
        }
        r
    }

    #[test]
    fn writes_svg_files() {
        let dir = std::env::temp_dir().join(format!("cits-plot-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (run(50, 2_000_000), run(40, 3_000_000));
        let latency = dir.join("latency.svg");
        latency_over_index(&latency, "1x", &[&a, &b]).unwrap();
        let components = dir.join("components.svg");
        components_over_index(&components, "1x components", &a).unwrap();
        let dist = dir.join("dist.svg");
        let mut all = a.breakdown.clone();
        all.merge(&b.breakdown);
        distributions(&dist, "1x distributions", &all).unwrap();
        for f in [&latency, &components, &dist] {
            let svg = std::fs::read_to_string(f).unwrap();
            assert!(svg.starts_with("<svg"), "{f:?}");
            assert!(
                svg.contains("<circle") || svg.contains("<polyline"),
                "{f:?} has no data"
            );
        }
        // Every stage and hop has a panel.
        let svg = std::fs::read_to_string(&components).unwrap();
        for name in [
            "mapmatcher (processing)",
            "assembler→mapmatcher (broker hop)",
            "predictor (processing)",
            "mapmatcher→predictor (broker hop)",
        ] {
            assert!(svg.contains(name), "missing panel {name}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn percentile_labels() {
        assert_eq!(format_percentile(0.0), "0");
        assert_eq!(format_percentile(1.0), "90");
        assert_eq!(format_percentile(2.0), "99");
        assert_eq!(format_percentile(3.0), "99.9");
    }
}
