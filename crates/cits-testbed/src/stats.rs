//! Latency distributions: the rows of the thesis' Tables 1–8.
//!
//! Percentiles come from an HDR histogram (3 significant digits over 1 ns .. 1 h);
//! mean and standard deviation are computed exactly from running sums, so the
//! consistency check (mean end-to-end = Σ mean stage + Σ mean hop) is not blurred
//! by histogram buckets.

use hdrhistogram::Histogram;

/// Largest latency the histogram resolves: one hour, far above any run's length;
/// larger values are clamped to it (and still counted as over the limit).
pub const HISTOGRAM_MAX_NS: u64 = 3_600_000_000_000;

/// Significant decimal digits kept by the histogram: 0.1 % relative error.
pub const HISTOGRAM_SIGNIFICANT_DIGITS: u8 = 3;

/// The thesis' latency requirement: a message slower than this is "too late" (§4.1).
pub const LATENCY_LIMIT_NS: u64 = 500_000_000;

const NS_PER_MS: f64 = 1_000_000.0;

/// Collects one latency series (e.g. end-to-end, or one stage's processing time).
#[derive(Debug, Clone)]
pub struct Recorder {
    /// Bucketed values for the percentiles.
    histogram: Histogram<u64>,
    /// Exact sum of the values, ns, for the mean.
    sum: f64,
    /// Exact sum of squares, ns², for the standard deviation.
    sum_squares: f64,
    /// Exact extremes (the histogram's are bucket-rounded).
    min: u64,
    max: u64,
    /// Values above [`LATENCY_LIMIT_NS`].
    over_limit: u64,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// An empty series.
    pub fn new() -> Self {
        // Bounds are constants within hdrhistogram's documented range (low >= 1,
        // high >= 2 * low, sigfig <= 5), so construction cannot fail.
        #[allow(clippy::expect_used)]
        let histogram =
            Histogram::new_with_bounds(1, HISTOGRAM_MAX_NS, HISTOGRAM_SIGNIFICANT_DIGITS)
                .expect("constant histogram bounds are valid");
        Self {
            histogram,
            sum: 0.0,
            sum_squares: 0.0,
            min: u64::MAX,
            max: 0,
            over_limit: 0,
        }
    }

    /// Adds one value, ns.
    pub fn record(&mut self, value_ns: u64) {
        self.histogram
            .saturating_record(value_ns.min(HISTOGRAM_MAX_NS));
        let v = value_ns as f64;
        self.sum += v;
        self.sum_squares += v * v;
        self.min = self.min.min(value_ns);
        self.max = self.max.max(value_ns);
        if value_ns > LATENCY_LIMIT_NS {
            self.over_limit += 1;
        }
    }

    /// Adds all values of another series (combining the three runs of a scenario).
    pub fn merge(&mut self, other: &Recorder) {
        // Same bounds on both sides, so adding cannot fail; saturate to be safe.
        if self.histogram.add(&other.histogram).is_err() {
            for v in other.histogram.iter_recorded() {
                self.histogram
                    .saturating_record_n(v.value_iterated_to(), v.count_at_value());
            }
        }
        self.sum += other.sum;
        self.sum_squares += other.sum_squares;
        self.min = self.min.min(other.min);
        self.max = self.max.max(other.max);
        self.over_limit += other.over_limit;
    }

    /// Number of values.
    pub fn count(&self) -> u64 {
        self.histogram.len()
    }

    /// Exact mean, ns (0 for an empty series).
    pub fn mean_ns(&self) -> f64 {
        match self.count() {
            0 => 0.0,
            n => self.sum / n as f64,
        }
    }

    /// Value at quantile `q` (0..=1), ns, bucket-accurate to 0.1 %.
    pub fn quantile_ns(&self, q: f64) -> u64 {
        self.histogram.value_at_quantile(q)
    }

    /// The table row of this series.
    pub fn summary(&self) -> Summary {
        let n = self.count();
        if n == 0 {
            return Summary::default();
        }
        let mean = self.mean_ns();
        // Population standard deviation from the running sums; clamp tiny
        // negative rounding results.
        let variance = (self.sum_squares / n as f64 - mean * mean).max(0.0);
        Summary {
            count: n,
            min_ms: self.min as f64 / NS_PER_MS,
            max_ms: self.max as f64 / NS_PER_MS,
            mean_ms: mean / NS_PER_MS,
            std_dev_ms: variance.sqrt() / NS_PER_MS,
            p50_ms: self.quantile_ns(0.50) as f64 / NS_PER_MS,
            p95_ms: self.quantile_ns(0.95) as f64 / NS_PER_MS,
            p99_ms: self.quantile_ns(0.99) as f64 / NS_PER_MS,
            over_limit_share: self.over_limit as f64 / n as f64,
        }
    }
}

/// One column of a thesis-style latency table, in milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Number of messages.
    pub count: u64,
    /// Fastest message.
    pub min_ms: f64,
    /// Slowest message.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
    /// Population standard deviation.
    pub std_dev_ms: f64,
    /// Median.
    pub p50_ms: f64,
    /// 95th percentile: the thesis' acceptance criterion (< 500 ms).
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Share (0..1) of messages slower than 500 ms.
    pub over_limit_share: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: u64 = 1_000_000;

    #[test]
    fn empty_series_is_all_zero() {
        assert_eq!(Recorder::new().summary(), Summary::default());
    }

    #[test]
    fn uniform_series() {
        let mut r = Recorder::new();
        for ms in 1..=100 {
            r.record(ms * MS);
        }
        let s = r.summary();
        assert_eq!(s.count, 100);
        assert_eq!(s.min_ms, 1.0);
        assert_eq!(s.max_ms, 100.0);
        assert!((s.mean_ms - 50.5).abs() < 1e-9);
        // Population std dev of 1..=100 is sqrt((100² - 1) / 12).
        assert!((s.std_dev_ms - ((100.0f64 * 100.0 - 1.0) / 12.0).sqrt()).abs() < 1e-6);
        // Percentiles within the histogram's 0.1 % resolution.
        for (got, want) in [(s.p50_ms, 50.0), (s.p95_ms, 95.0), (s.p99_ms, 99.0)] {
            assert!((got - want).abs() <= want * 0.001, "{got} vs {want}");
        }
        assert_eq!(s.over_limit_share, 0.0);
    }

    #[test]
    fn share_over_limit_counts_strictly_above_500ms() {
        let mut r = Recorder::new();
        r.record(LATENCY_LIMIT_NS);
        r.record(LATENCY_LIMIT_NS + 1);
        r.record(10 * MS);
        r.record(2_000 * MS);
        assert_eq!(r.summary().over_limit_share, 0.5);
    }

    #[test]
    fn huge_values_are_clamped_but_exact_in_max() {
        let mut r = Recorder::new();
        r.record(u64::MAX / 2);
        let s = r.summary();
        assert_eq!(s.count, 1);
        assert_eq!(s.max_ms, (u64::MAX / 2) as f64 / 1e6);
        assert!(s.p99_ms <= HISTOGRAM_MAX_NS as f64 / 1e6 * 1.001);
        assert_eq!(s.over_limit_share, 1.0);
    }

    #[test]
    fn zero_values_are_recorded() {
        let mut r = Recorder::new();
        r.record(0);
        r.record(0);
        assert_eq!(r.count(), 2);
        assert_eq!(r.summary().max_ms, 0.0);
    }

    #[test]
    fn merge_equals_recording_everything_in_one() {
        let mut a = Recorder::new();
        let mut b = Recorder::new();
        let mut all = Recorder::new();
        for i in 0..1000u64 {
            let v = (i * 7919 % 1000 + 1) * 13_000;
            if i % 3 == 0 {
                a.record(v)
            } else {
                b.record(v)
            }
            all.record(v);
        }
        a.merge(&b);
        let (m, s) = (a.summary(), all.summary());
        assert_eq!(m.count, s.count);
        assert_eq!(
            (m.min_ms, m.max_ms, m.p50_ms, m.p95_ms, m.p99_ms),
            (s.min_ms, s.max_ms, s.p50_ms, s.p95_ms, s.p99_ms)
        );
        assert!((m.mean_ms - s.mean_ms).abs() < 1e-9);
        assert!((m.std_dev_ms - s.std_dev_ms).abs() < 1e-6);
    }
}
