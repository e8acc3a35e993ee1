//! The thesis' published numbers, so every report puts ours beside them.
//!
//! Source: the master thesis this project is based on, §4 "Evaluation"
//! (copy at `shared/reference/thesis.txt`): Tables 1, 3, 5 (entire pipeline at
//! 1x/2x/4x), 7, 8 (entire pipeline on 1 and 2 CPU cores at 1x), 9 (package
//! sizes), and the Spiderlightning ("Slight") columns of Tables 2, 4, 6 (per
//! component). Values in milliseconds, rounded to whole ms by the thesis
//! (§4.2: "Values lower than 0.5 are shown as 0"). Test machine: AMD Ryzen 3600
//! (6 cores), 32 GB; testbed, broker and pipeline on the same host (§4.1).

/// One system's column of an end-to-end latency table, ms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    /// The pipeline measured.
    pub system: &'static str,
    /// min latency.
    pub min: f64,
    /// max latency.
    pub max: f64,
    /// mean latency.
    pub mean: f64,
    /// standard deviation.
    pub std_dev: f64,
    /// 50th percentile.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
    /// 99th percentile.
    pub p99: f64,
}

/// One end-to-end table of the thesis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table {
    /// Table number in the thesis.
    pub number: u8,
    /// The thesis' caption.
    pub caption: &'static str,
    /// The columns, one per system.
    pub columns: &'static [Column],
}

const fn col(system: &'static str, v: [f64; 7]) -> Column {
    Column {
        system,
        min: v[0],
        max: v[1],
        mean: v[2],
        std_dev: v[3],
        p50: v[4],
        p95: v[5],
        p99: v[6],
    }
}

/// Table 1: entire pipeline, original frequency (1x).
pub const TABLE_1: Table = Table {
    number: 1,
    caption: "Results for the entire pipeline, using the original frequency for the messages",
    columns: &[
        col(
            "Reference (Spring Cloud Stream)",
            [4.0, 204.0, 64.0, 53.0, 32.0, 139.0, 154.0],
        ),
        col("Spin", [2.0, 711.0, 66.0, 52.0, 59.0, 139.0, 236.0]),
        col(
            "WasmCloud",
            [76.0, 5533.0, 954.0, 850.0, 550.0, 2785.0, 3758.0],
        ),
        col("Spiderlightning", [10.0, 41.0, 19.0, 2.0, 19.0, 23.0, 25.0]),
    ],
};

/// Table 3: entire pipeline, doubled frequency (2x).
pub const TABLE_3: Table = Table {
    number: 3,
    caption: "Results for the entire pipeline, using the doubled frequency",
    columns: &[
        col(
            "Reference (Spring Cloud Stream)",
            [5.0, 248.0, 27.0, 18.0, 23.0, 54.0, 109.0],
        ),
        col(
            "Spin",
            [2.0, 56750.0, 16068.0, 14347.0, 13768.0, 44654.0, 56098.0],
        ),
        col("Spiderlightning", [10.0, 62.0, 22.0, 4.0, 22.0, 29.0, 33.0]),
    ],
};

/// Table 5: entire pipeline, quadrupled frequency (4x).
pub const TABLE_5: Table = Table {
    number: 5,
    caption: "Results for the entire pipeline, using the quadrupled frequency",
    columns: &[
        col(
            "Reference (Spring Cloud Stream)",
            [5.0, 4680.0, 411.0, 840.0, 36.0, 2590.0, 3235.0],
        ),
        col(
            "Spin",
            [3.0, 96688.0, 36583.0, 26621.0, 35664.0, 81782.0, 95693.0],
        ),
        col(
            "Spiderlightning",
            [11.0, 1571.0, 29.0, 49.0, 25.0, 37.0, 48.0],
        ),
    ],
};

/// Table 7: entire pipeline on a single CPU core, 1x (numbers of the third run).
pub const TABLE_7: Table = Table {
    number: 7,
    caption: "Results for the entire pipeline, running on a single CPU core",
    columns: &[
        col(
            "Spring Cloud Streams Kafka",
            [7.0, 36303.0, 7522.0, 10628.0, 1964.0, 32614.0, 35254.0],
        ),
        col("Spin", [2.0, 4674.0, 1450.0, 1620.0, 411.0, 4270.0, 4527.0]),
        col(
            "Spiderlightning",
            [13.0, 2720.0, 722.0, 863.0, 200.0, 2480.0, 2613.0],
        ),
    ],
};

/// Table 8: entire pipeline on two CPU cores, 1x.
pub const TABLE_8: Table = Table {
    number: 8,
    caption: "Results for the entire pipeline, running on two CPU cores",
    columns: &[
        col(
            "Spring Cloud Streams Kafka",
            [4.0, 604.0, 97.0, 76.0, 78.0, 220.0, 370.0],
        ),
        col("Spin", [2.0, 1267.0, 175.0, 260.0, 82.0, 916.0, 1182.0]),
        col(
            "Spiderlightning",
            [10.0, 107.0, 29.0, 10.0, 27.0, 49.0, 60.0],
        ),
    ],
};

/// One row of the thesis' per-component tables (Spiderlightning column), ms.
/// The thesis gives no standard deviation there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ComponentRow {
    /// Component or "broker" between two components, in our naming.
    pub part: &'static str,
    /// min, max, mean, p50, p95, p99.
    pub values: [f64; 6],
}

/// One per-component table of the thesis (Spiderlightning column only).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ComponentTable {
    /// Table number in the thesis.
    pub table: u8,
    /// Replay factor of the scenario.
    pub factor: u32,
    /// Components and the broker hops between them, in path order.
    pub rows: [ComponentRow; 5],
}

/// Spiderlightning per-component rows of Table 2 (1x), Table 4 (2x), Table 6 (4x).
/// The thesis' ingest wrote straight to the collector's topic (its message
/// decoder was outside the pipeline), so there is no decoder row.
pub const SLIGHT_COMPONENTS: [ComponentTable; 3] = [
    ComponentTable {
        table: 2,
        factor: 1,
        rows: [
            ComponentRow {
                part: "collector",
                values: [0.0, 4.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "collector→assembler",
                values: [2.0, 21.0, 7.0, 7.0, 8.0, 9.0],
            },
            ComponentRow {
                part: "assembler",
                values: [0.0, 2.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "assembler→mapmatcher",
                values: [5.0, 19.0, 7.0, 7.0, 9.0, 10.0],
            },
            ComponentRow {
                part: "mapmatcher",
                values: [0.0, 6.0, 0.0, 0.0, 1.0, 2.0],
            },
        ],
    },
    ComponentTable {
        table: 4,
        factor: 2,
        rows: [
            ComponentRow {
                part: "collector",
                values: [0.0, 1.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "collector→assembler",
                values: [1.0, 26.0, 7.0, 7.0, 8.0, 9.0],
            },
            ComponentRow {
                part: "assembler",
                values: [0.0, 11.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "assembler→mapmatcher",
                values: [4.0, 33.0, 8.0, 8.0, 14.0, 18.0],
            },
            ComponentRow {
                part: "mapmatcher",
                values: [0.0, 16.0, 2.0, 1.0, 5.0, 7.0],
            },
        ],
    },
    ComponentTable {
        table: 6,
        factor: 4,
        rows: [
            ComponentRow {
                part: "collector",
                values: [0.0, 3.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "collector→assembler",
                values: [1.0, 25.0, 8.0, 8.0, 9.0, 13.0],
            },
            ComponentRow {
                part: "assembler",
                values: [0.0, 12.0, 0.0, 0.0, 1.0, 1.0],
            },
            ComponentRow {
                part: "assembler→mapmatcher",
                values: [2.0, 45.0, 10.0, 8.0, 18.0, 25.0],
            },
            ComponentRow {
                part: "mapmatcher",
                values: [0.0, 24.0, 2.0, 1.0, 7.0, 10.0],
            },
        ],
    },
];

/// Table 9: package sizes, MB, per system: collector, assembler, map matcher, sum.
pub const TABLE_9: [(&str, [f64; 4]); 4] = [
    ("Reference (container)", [354.87, 380.67, 393.62, 1129.16]),
    ("Spin", [2.16, 2.16, 2.01, 6.33]),
    ("Spiderlightning", [2.16, 2.16, 2.14, 6.46]),
    ("WasmCloud", [9.5, 2.05, 2.08, 13.63]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_ordered_like_a_distribution() {
        for table in [TABLE_1, TABLE_3, TABLE_5, TABLE_7, TABLE_8] {
            for c in table.columns {
                assert!(
                    c.min <= c.p50 && c.p50 <= c.p95 && c.p95 <= c.p99 && c.p99 <= c.max,
                    "{table:?} {c:?}"
                );
                assert!(c.min <= c.mean && c.mean <= c.max, "{c:?}");
            }
        }
    }

    #[test]
    fn table_9_sums_match_the_thesis_rounding() {
        for (system, v) in TABLE_9 {
            let sum = v[0] + v[1] + v[2];
            // The thesis sums unrounded sizes; allow its 2-decimal rounding.
            assert!((sum - v[3]).abs() < 0.05, "{system}: {sum} vs {}", v[3]);
        }
    }
}
