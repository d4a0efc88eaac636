//! Benchmarks of the match index (the query hot path) at 10k and 100k live patterns, with a
//! same-run baseline: a plain scan over the same number of entries that only compares expiry
//! times (the floor any index must pay to filter live patterns).
#![allow(missing_docs, clippy::unwrap_used)]

use pool_broker::index::{Filter, MatchIndex};

fn main() {
    divan::main();
}

/// Interests like real ones: a few hundred two-word topics.
fn vocabulary() -> Vec<String> {
    (0..300)
        .map(|i| format!("subject{} area{}", i % 20, i / 20))
        .collect()
}

fn index(n: usize) -> MatchIndex {
    let vocab = vocabulary();
    let mut idx = MatchIndex::default();
    let mut seed = 0x9e37_79b9u64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for i in 0..n {
        let k = 1 + (next() % 3) as usize;
        let mut interests: Vec<String> = (0..k)
            .map(|_| vocab[(next() % vocab.len() as u64) as usize].clone())
            .collect();
        interests.dedup();
        let mut id = [0u8; 32];
        id[..8].copy_from_slice(&(i as u64).to_le_bytes());
        idx.insert(
            id,
            &interests,
            u64::MAX,
            i as u64,
            7.0 + (next() % 30) as f32 / 10.0,
            false,
        );
    }
    idx
}

/// Queries of one to three interests, as the load generator asks them.
fn queries() -> Vec<Vec<String>> {
    let vocab = vocabulary();
    (0..30)
        .map(|i| {
            (0..1 + i % 3)
                .map(|j| vocab[(i * 37 + j * 101) % vocab.len()].clone())
                .collect()
        })
        .collect()
}

/// Thirty queries per iteration (the counter reports queries per second).
#[divan::bench(args = [10_000, 100_000])]
fn query(bencher: divan::Bencher, n: usize) {
    let idx = index(n);
    let qs = queries();
    let filter = Filter {
        now_ms: 1,
        quality_floor: 7.0,
        min_similarity: 0.5,
        limit: 20,
    };
    bencher
        .counter(divan::counter::ItemsCount::new(qs.len()))
        .bench(|| {
            for q in &qs {
                divan::black_box(idx.query(divan::black_box(q), filter));
            }
        });
}

#[divan::bench(args = [10_000, 100_000])]
fn baseline_live_scan(bencher: divan::Bencher, n: usize) {
    let expiries: Vec<(u64, [u8; 32])> = (0..n).map(|i| (u64::MAX - i as u64, [0u8; 32])).collect();
    bencher.bench(|| {
        divan::black_box(&expiries)
            .iter()
            .filter(|(e, _)| *e > 1)
            .count()
    });
}

#[divan::bench]
fn insert_and_remove(bencher: divan::Bencher) {
    let mut idx = index(10_000);
    let interests = vec![
        "bitcoin treasury".to_string(),
        "founder scaling".to_string(),
    ];
    bencher.bench_local(|| {
        idx.insert([0xff; 32], &interests, u64::MAX, 0, 8.0, false);
        idx.remove(&[0xff; 32]);
    });
}
