//! The detector's balance as a deploy setting: `key=value` pairs over the defaults
//! (`CITS_COLLISION_CONFIG`, read by the collisions module and by `cits-sim`'s warnings
//! test, which scores a setting before it is deployed), checked before a detector runs.
//!
//! Only the knobs that trade recall, precision and lead time against each other are
//! settable; the caps and intervals are operating limits and stay named constants.

use super::CollisionConfig;
use crate::Error;

/// The environment variable that carries the settings to the collisions module (and to
/// `cits up` / `cits bench`, which hand it on, and the warnings test, which scores it).
pub const SETTINGS_ENV: &str = "CITS_COLLISION_CONFIG";

/// Largest M of N window: the persistence history is a 32-bit mask.
pub const MAX_PERSIST_N: u32 = 32;

/// The settable fields: name, short alias (the notation of the README's calibration
/// history and the trade-off example), and how to set and read it.
const KEYS: &[Key] = &[
    Key::real("ttc_raise_s", "ttc", |c| &mut c.ttc_raise_s),
    Key::real("pet_raise_s", "pet", |c| &mut c.pet_raise_s),
    Key::real("ttc_clear_s", "ttcc", |c| &mut c.ttc_clear_s),
    Key::real("pet_clear_s", "petc", |c| &mut c.pet_clear_s),
    Key::real("min_probability", "p", |c| &mut c.min_probability),
    Key::count("persist_m", "m", |c| &mut c.persist_m),
    Key::count("persist_n", "n", |c| &mut c.persist_n),
    Key::count("clear_cycles", "clear", |c| &mut c.clear_cycles),
    Key::count("min_point_count", "age", |c| &mut c.min_point_count),
    Key::real("min_closing_speed_mps", "v", |c| {
        &mut c.min_closing_speed_mps
    }),
    Key::real("yield_decel_mps2", "yd", |c| &mut c.yield_decel_mps2),
];

/// One settable field.
struct Key {
    name: &'static str,
    alias: &'static str,
    field: Field,
}

/// Where a key's value goes.
enum Field {
    Real(fn(&mut CollisionConfig) -> &mut f64),
    Count(fn(&mut CollisionConfig) -> &mut u32),
}

impl Key {
    /// A real-valued field (seconds, probability, m/s, m/s²).
    const fn real(
        name: &'static str,
        alias: &'static str,
        field: fn(&mut CollisionConfig) -> &mut f64,
    ) -> Self {
        Self {
            name,
            alias,
            field: Field::Real(field),
        }
    }

    /// A whole-number field (cycles, points).
    const fn count(
        name: &'static str,
        alias: &'static str,
        field: fn(&mut CollisionConfig) -> &mut u32,
    ) -> Self {
        Self {
            name,
            alias,
            field: Field::Count(field),
        }
    }
}

/// Most decimal places of a real setting: milliseconds of a time level, thousandths of a
/// probability, finer than any threshold matters.
const MAX_DECIMALS: usize = 3;

/// Most digits before the decimal point: no setting is near a billion, and the digits
/// then always fit the integer the value is read into.
const MAX_INTEGER_DIGITS: usize = 9;

/// A decimal `[-]digits[.digits]` with at most [`MAX_DECIMALS`] places, read as scaled
/// integer and divided once: the same double `str::parse::<f64>` gives (one correctly
/// rounded division of two exact integers), without the general float parser, which would
/// add about 25 kB to the collisions module (and takes exponents, `inf` and `NaN` that no
/// setting needs).
fn parse_decimal(text: &str) -> Option<f64> {
    const SCALE: [f64; MAX_DECIMALS + 1] = [1.0, 10.0, 100.0, 1000.0];
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (integer, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if (integer.is_empty() && fraction.is_empty())
        || integer.len() > MAX_INTEGER_DIGITS
        || fraction.len() > MAX_DECIMALS
    {
        return None;
    }
    let mut scaled: u64 = 0;
    for byte in integer.bytes().chain(fraction.bytes()) {
        if !byte.is_ascii_digit() {
            return None;
        }
        scaled = scaled * 10 + u64::from(byte - b'0');
    }
    let value = scaled as f64 / SCALE[fraction.len()];
    Some(if negative { -value } else { value })
}

fn invalid(reason: String) -> Error {
    Error::InvalidCollisionConfig { reason }
}

impl CollisionConfig {
    /// The defaults with the `key=value,…` pairs of `settings` applied (keys: the field
    /// names, e.g. `ttc_raise_s=2.0,pet_raise_s=1.0,persist_m=6,persist_n=8,
    /// min_probability=0.7`, or their short aliases `ttc`, `pet`, `ttcc`, `petc`, `p`, `m`,
    /// `n`, `clear`, `age`, `v`, `yd`), then [checked](Self::validate). Empty: the defaults.
    pub fn from_settings(settings: &str) -> Result<Self, Error> {
        let mut config = Self::default();
        config.apply_settings(settings)?;
        Ok(config)
    }

    /// Applies `key=value,…` pairs (see [`Self::from_settings`]) and checks the result.
    pub fn apply_settings(&mut self, settings: &str) -> Result<(), Error> {
        for pair in settings.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, value) = pair
                .split_once('=')
                .ok_or_else(|| invalid(format!("`{pair}` is not key=value")))?;
            let (key, value) = (key.trim(), value.trim());
            let spec = KEYS
                .iter()
                .find(|k| k.name == key || k.alias == key)
                .ok_or_else(|| {
                    let known: Vec<&str> = KEYS.iter().map(|k| k.name).collect();
                    invalid(format!("unknown key `{key}` (known: {})", known.join(", ")))
                })?;
            match spec.field {
                Field::Real(field) => {
                    *field(self) = parse_decimal(value).ok_or_else(|| {
                        invalid(format!(
                            "{}: `{value}` is not a decimal number (at most {MAX_DECIMALS} \
                             decimal places)",
                            spec.name
                        ))
                    })?;
                }
                Field::Count(field) => {
                    *field(self) = value.parse::<u32>().map_err(|_| {
                        invalid(format!("{}: `{value}` is not a whole number", spec.name))
                    })?;
                }
            }
        }
        self.validate()
    }

    /// Checks the settable fields against each other: levels positive, clear levels at
    /// or above the raise levels (else the hysteresis would end a risk while it still
    /// alarms), a probability in (0, 1], and 1 ≤ M ≤ N ≤ [`MAX_PERSIST_N`].
    pub fn validate(&self) -> Result<(), Error> {
        let positive = [
            ("ttc_raise_s", self.ttc_raise_s),
            ("ttc_clear_s", self.ttc_clear_s),
        ];
        for (name, v) in positive {
            if !(v.is_finite() && v > 0.0) {
                return Err(invalid(format!("{name} must be above 0 (is {v})")));
            }
        }
        let non_negative = [
            ("pet_raise_s", self.pet_raise_s),
            ("pet_clear_s", self.pet_clear_s),
            ("min_closing_speed_mps", self.min_closing_speed_mps),
            ("yield_decel_mps2", self.yield_decel_mps2),
        ];
        for (name, v) in non_negative {
            if !(v.is_finite() && v >= 0.0) {
                return Err(invalid(format!("{name} must be 0 or more (is {v})")));
            }
        }
        if self.ttc_clear_s < self.ttc_raise_s {
            return Err(invalid(format!(
                "ttc_clear_s {} is below ttc_raise_s {}",
                self.ttc_clear_s, self.ttc_raise_s
            )));
        }
        if self.pet_clear_s < self.pet_raise_s {
            return Err(invalid(format!(
                "pet_clear_s {} is below pet_raise_s {}",
                self.pet_clear_s, self.pet_raise_s
            )));
        }
        if !(self.min_probability > 0.0 && self.min_probability <= 1.0) {
            return Err(invalid(format!(
                "min_probability must be in (0, 1] (is {})",
                self.min_probability
            )));
        }
        if !(1..=MAX_PERSIST_N).contains(&self.persist_n) {
            return Err(invalid(format!(
                "persist_n must be 1 to {MAX_PERSIST_N} (is {})",
                self.persist_n
            )));
        }
        if !(1..=self.persist_n).contains(&self.persist_m) {
            return Err(invalid(format!(
                "persist_m must be 1 to persist_n {} (is {})",
                self.persist_n, self.persist_m
            )));
        }
        if self.clear_cycles == 0 {
            return Err(invalid("clear_cycles must be at least 1".into()));
        }
        Ok(())
    }

    /// The settable fields as `key=value,…` in [`Self::from_settings`]' notation: what a
    /// log line or a report names as the detector's balance.
    pub fn settings(&self) -> String {
        let mut copy = self.clone();
        KEYS.iter()
            .map(|k| match k.field {
                Field::Real(field) => format!("{}={}", k.name, field(&mut copy)),
                Field::Count(field) => format!("{}={}", k.name, field(&mut copy)),
            })
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_settings_are_the_defaults() {
        assert_eq!(
            CollisionConfig::from_settings("").unwrap(),
            CollisionConfig::default()
        );
        assert_eq!(
            CollisionConfig::from_settings(" , ").unwrap(),
            CollisionConfig::default()
        );
    }

    #[test]
    fn names_and_aliases_set_the_fields() {
        // The trade-off example's precise setting, once by name, once by alias.
        let by_name = CollisionConfig::from_settings(
            "ttc_raise_s=2.0, pet_raise_s=1.0,persist_m=6,persist_n=8,min_probability=0.7",
        )
        .unwrap();
        let by_alias = CollisionConfig::from_settings("ttc=2.0,pet=1.0,m=6,n=8,p=0.7").unwrap();
        assert_eq!(by_name, by_alias);
        assert_eq!(by_name.ttc_raise_s, 2.0);
        assert_eq!(by_name.pet_raise_s, 1.0);
        assert_eq!(by_name.persist_m, 6);
        assert_eq!(by_name.persist_n, 8);
        assert_eq!(by_name.min_probability, 0.7);
        // Everything not named keeps its default.
        let d = CollisionConfig::default();
        assert_eq!(by_name.ttc_clear_s, d.ttc_clear_s);
        assert_eq!(by_name.min_closing_speed_mps, d.min_closing_speed_mps);
        assert_eq!(by_name.car_car, d.car_car);
        let set =
            CollisionConfig::from_settings("v=3.5,yd=2.5,age=7,clear=4,ttcc=5,petc=4").unwrap();
        assert_eq!(
            (
                set.min_closing_speed_mps,
                set.yield_decel_mps2,
                set.min_point_count,
                set.clear_cycles,
                set.ttc_clear_s,
                set.pet_clear_s
            ),
            (3.5, 2.5, 7, 4, 5.0, 4.0)
        );
    }

    #[test]
    fn the_printed_settings_read_back_to_the_same_config() {
        let c = CollisionConfig::from_settings("ttc=2.0,pet=0.75,m=4,n=8,p=0.3,yd=2.5").unwrap();
        let printed = c.settings();
        assert!(
            printed.starts_with("ttc_raise_s=2,pet_raise_s=0.75,"),
            "{printed}"
        );
        assert_eq!(CollisionConfig::from_settings(&printed).unwrap(), c);
    }

    #[test]
    fn bad_settings_are_refused_with_the_reason() {
        let cases = [
            ("ttc", "not key=value"),
            ("speed=3", "unknown key `speed`"),
            ("ttc=fast", "not a decimal number"),
            ("ttc=inf", "not a decimal number"),
            ("ttc=1e3", "not a decimal number"),
            ("ttc=2.2505", "at most 3 decimal places"),
            ("ttc=.", "not a decimal number"),
            ("ttc=", "not a decimal number"),
            ("m=-1", "not a whole number"),
            ("m=2.5", "not a whole number"),
            ("ttc=0", "ttc_raise_s must be above 0"),
            ("pet=-0.5", "pet_raise_s must be 0 or more"),
            ("ttc=5", "ttc_clear_s 4 is below ttc_raise_s 5"),
            ("pet=3.5", "pet_clear_s 3 is below pet_raise_s 3.5"),
            ("p=0", "min_probability must be in (0, 1]"),
            ("p=1.2", "min_probability must be in (0, 1]"),
            ("n=33", "persist_n must be 1 to 32"),
            ("m=9,n=8", "persist_m must be 1 to persist_n 8 (is 9)"),
            ("m=0", "persist_m must be 1"),
            ("clear=0", "clear_cycles must be at least 1"),
            ("v=-1", "min_closing_speed_mps must be 0 or more"),
        ];
        for (settings, expected) in cases {
            let err = CollisionConfig::from_settings(settings).expect_err(settings);
            let text = err.to_string();
            assert!(
                text.starts_with("invalid collision detector configuration")
                    && text.contains(expected),
                "{settings}: {text}"
            );
        }
    }

    #[test]
    fn decimals_read_as_the_float_parser_reads_them() {
        for text in [
            "0",
            "2",
            "2.",
            ".5",
            "0.7",
            "0.1",
            "0.3",
            "2.25",
            "0.001",
            "1.005",
            "123456789.999",
            "-0.5",
            "007.250",
        ] {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in [
            "",
            ".",
            "-",
            "1.2.3",
            "+1",
            "1,5",
            "1e2",
            "NaN",
            "0x10",
            "1234567890",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }

    #[test]
    fn the_defaults_are_valid() {
        CollisionConfig::default().validate().unwrap();
    }
}
