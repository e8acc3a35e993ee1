//! Key → partition, the same way Apache Kafka's Java producer does it.
//!
//! The output partition of a record is `(murmur2(key) & 0x7fffffff) % partitions`,
//! Kafka's default partitioner for keyed records (`Utils.murmur2` and
//! `Utils.toPositive`). It is stable across processes, restarts, Wasm and
//! native builds (pure integer arithmetic), so all records of one trajectory
//! key land in one partition and are seen, in order, by one instance of the
//! next stage; and a Java or librdkafka (`partitioner=murmur2`) producer places
//! the same key in the same partition.

/// Kafka's murmur2 seed (`Utils.murmur2`).
const MURMUR2_SEED: u32 = 0x9747_b28c;
/// murmur2's multiplication constant.
const MURMUR2_M: u32 = 0x5bd1_e995;
/// murmur2's shift.
const MURMUR2_R: u32 = 24;

/// Kafka's `Utils.murmur2` (32-bit MurmurHash2 with Kafka's seed), as the
/// signed Java `int` it returns.
pub fn murmur2(data: &[u8]) -> i32 {
    // Kafka mixes the length in as a Java int; keys are far below 4 GiB.
    let mut h = MURMUR2_SEED ^ (data.len() as u32);
    let mut chunks = data.chunks_exact(4);
    for chunk in &mut chunks {
        let mut k = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        k = k.wrapping_mul(MURMUR2_M);
        k ^= k >> MURMUR2_R;
        k = k.wrapping_mul(MURMUR2_M);
        h = h.wrapping_mul(MURMUR2_M);
        h ^= k;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        for (i, byte) in rest.iter().enumerate().rev() {
            h ^= u32::from(*byte) << (8 * i);
        }
        h = h.wrapping_mul(MURMUR2_M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(MURMUR2_M);
    h ^= h >> 15;
    h as i32
}

/// The partition (0-based) of a record with `key` in a topic with
/// `partitions` partitions; 0 if the topic has none.
pub fn partition_for_key(key: &[u8], partitions: usize) -> usize {
    if partitions == 0 {
        return 0;
    }
    let positive = (murmur2(key) & 0x7fff_ffff) as u32;
    positive as usize % partitions
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Vectors from Apache Kafka's `UtilsTest.testMurmur2`, so a key lands
    /// where a Java producer would put it.
    #[test]
    fn matches_kafkas_murmur2_vectors() {
        let cases: [(&[u8], i32); 6] = [
            (b"21", -973_932_308),
            (b"foobar", -790_332_482),
            (b"a-little-bit-long-string", -985_981_536),
            (b"a-little-bit-longer-string", -1_486_304_829),
            (
                b"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8",
                -58_897_971,
            ),
            (b"abc", 479_470_107),
        ];
        for (key, expected) in cases {
            assert_eq!(murmur2(key), expected, "{}", String::from_utf8_lossy(key));
        }
    }

    #[test]
    fn partitions_are_in_range_and_spread() {
        let mut seen = [0usize; 4];
        for object in 0..256 {
            let key = format!("4711/{object}");
            let p = partition_for_key(key.as_bytes(), 4);
            assert_eq!(p, partition_for_key(key.as_bytes(), 4));
            seen[p] += 1;
        }
        assert!(seen.iter().all(|&n| n > 32), "uneven spread {seen:?}");
        assert_eq!(partition_for_key(b"x", 0), 0);
    }
}
