//! Benchmarks of the protocol's hot paths: canonical encoding, id hashing, signature
//! verification (pattern and request), embedding and similarity.
#![allow(missing_docs, clippy::unwrap_used)]

use pool_proto::embed::{Embedder, HashedNgramEmbedder, dot};
use pool_proto::{Delegation, Keypair, Limits, Pattern, PatternDraft, RequestAuth};

fn main() {
    divan::main();
}

fn pattern(body_len: usize) -> Pattern {
    let draft = PatternDraft {
        title: "Rotate deploy keys every quarter".into(),
        body: "Step one: list the keys and their owners. ".repeat(body_len / 42 + 1)[..body_len]
            .to_string(),
        interests: vec!["devops".into(), "key rotation".into(), "security".into()],
        tier: 1,
        impact: None,
    };
    draft
        .sign(
            &Keypair::from_seed(&[1; 32]),
            1_000,
            60_000,
            &Limits::default(),
        )
        .unwrap()
}

#[divan::bench(args = [512, 4096, 16384])]
fn canonical_bytes(bencher: divan::Bencher, len: usize) {
    let p = pattern(len);
    bencher.bench(|| divan::black_box(&p).canonical_bytes().unwrap());
}

#[divan::bench(args = [512, 4096, 16384])]
fn verify_pattern(bencher: divan::Bencher, len: usize) {
    let p = pattern(len);
    bencher.bench(|| divan::black_box(&p).verify().unwrap());
}

#[divan::bench]
fn verify_request(bencher: divan::Bencher) {
    let parent = Keypair::from_seed(&[1; 32]);
    let agent = Keypair::from_seed(&[2; 32]);
    let d = Delegation::issue(&parent, &agent.public(), u64::MAX);
    let body = vec![b'x'; 2048];
    let auth = RequestAuth::sign(&agent, &d, "POST", "/patterns/publish", 1, &body).unwrap();
    bencher.bench(|| {
        divan::black_box(&auth)
            .verify("POST", "/patterns/publish", &body)
            .unwrap()
    });
}

#[divan::bench]
fn embed_interests(bencher: divan::Bencher) {
    let e = HashedNgramEmbedder::default();
    let interests = ["founder scaling", "bitcoin treasury", "hiring"];
    bencher.bench(|| e.embed(divan::black_box(&interests)));
}

#[divan::bench]
fn similarity_512(bencher: divan::Bencher) {
    let e = HashedNgramEmbedder::default();
    let a = e.embed(&["founder scaling"]);
    let b = e.embed(&["scaling founders"]);
    bencher.bench(|| dot(divan::black_box(&a), divan::black_box(&b)));
}
