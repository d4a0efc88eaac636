//! The public HTTP API: `POST /patterns/publish`, `POST /patterns/query`, `GET /pool/health`,
//! `GET /openapi.json`, and the router that stacks them with the admin API and the middleware.
//!
//! Publish runs the admission pipeline in the contract's order: size and shape → signature and
//! delegation → replay and clock → rate limit → normalisation → scanner (fails closed) →
//! quality floor → durable write → 200. Nothing is written before every check has passed.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Bytes;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pool_proto::wire::{
    DEFAULT_MIN_SIMILARITY, DEFAULT_QUERY_LIMIT, HealthResponse, MAX_QUERY_LIMIT, PROTOCOL_VERSION,
    PoolMetrics, PublishRequest, PublishResponse, QueryRequest, SAFETY_LEVELS, version_compatible,
};
use pool_proto::{ErrorCode, normalise_interests};
use scanner::ScanInput;
use serde::de::DeserializeOwned;

use crate::answer::Answer;
use crate::auth::Caller;
use crate::error::{AppError, rejected_rule};
use crate::index::Filter;
use crate::limits::Budget;
use crate::state::{AppState, Pool};
use crate::store::{PatternState, StoredPattern};

/// The OpenAPI 3 document of this API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// The broker's version, as health reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The whole API router. Middleware, outermost first: latency and refusal accounting, then the
/// global concurrency limit (shedding with 503 instead of queueing), then the handlers, which
/// read bodies themselves under the size limit.
pub fn app(state: AppState) -> Router {
    let signed = Router::new()
        .route("/patterns/publish", post(publish))
        .route("/patterns/query", post(query))
        .layer(middleware::from_fn_with_state(state.clone(), shed_load));
    Router::new()
        .merge(signed)
        .route("/pool/health", get(health))
        .route("/openapi.json", get(openapi))
        .nest("/admin", crate::admin::router(state.clone()))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), account))
        .with_state(state)
}

/// The metrics router (its own listener by default).
pub fn metrics_app(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(metrics))
        .fallback(not_found)
        .with_state(state)
}

async fn not_found() -> AppError {
    AppError::new(ErrorCode::NotFound, "no such route")
}

async fn method_not_allowed() -> AppError {
    AppError::new(
        ErrorCode::MethodNotAllowed,
        "this route does not take that method",
    )
}

/// Records latency by route and counts refusals by code.
async fn account(State(pool): State<AppState>, req: Request, next: Next) -> Response {
    let route = match req
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
    {
        Some("/patterns/publish") => "publish",
        Some("/patterns/query") => "query",
        Some("/pool/health") => "health",
        Some(p) if p.starts_with("/admin") => "admin",
        _ => "other",
    };
    let started = Instant::now();
    let resp = next.run(req).await;
    pool.metrics
        .latency
        .get_or_create(&crate::metrics::RouteLabel { route })
        .observe(started.elapsed().as_secs_f64());
    if let Some(code) = resp.extensions().get::<ErrorCode>() {
        pool.count_rejection(*code);
    }
    resp
}

/// Sheds load: a request that finds every slot taken gets 503 at once instead of waiting.
async fn shed_load(State(pool): State<AppState>, req: Request, next: Next) -> Response {
    match pool.concurrency.clone().try_acquire_owned() {
        Ok(_permit) => next.run(req).await,
        Err(_) => {
            let publish = req.uri().path() == "/patterns/publish";
            let e = AppError::overloaded("the pool is at its concurrency limit; retry shortly", 1)
                .refused_before_body(req.method());
            (if publish { e.on_publish() } else { e }).into_response()
        }
    }
}

/// A request that passed signature, replay, clock and rate-limit checks.
struct Admitted<T> {
    caller: Caller,
    body: T,
    rate_headers: Vec<(&'static str, String)>,
}

/// The first four admission steps, shared by publish and query.
async fn admit<T: DeserializeOwned>(
    pool: &Pool,
    req: Request,
    budget: Budget,
) -> Result<Admitted<T>, AppError> {
    let (parts, body) = req.into_parts();
    // 1. Size and shape.
    let limit = pool.config.admission.max_body_bytes;
    let json = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
    if !json {
        return Err(AppError::new(
            ErrorCode::UnsupportedMediaType,
            "the body must be application/json",
        )
        .body_left_unread());
    }
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large(limit).body_left_unread());
    }
    let bytes: Bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| too_large(limit).body_left_unread())?;
    let value: T = parse_json(&bytes)?;
    // 2-3. Signature and delegation, then replay and clock.
    let now = pool.now_ms();
    let caller = pool.verifier.verify(
        &parts.headers,
        parts.method.as_str(),
        parts.uri.path(),
        &bytes,
        now,
    )?;
    pool.saw_agent(&caller.agent);
    // 4. Rate limit, keyed by the parent (in memory only).
    let rate_headers = pool.limits.check(budget, caller.parent.as_bytes())?;
    Ok(Admitted {
        caller,
        body: value,
        rate_headers,
    })
}

fn too_large(limit: usize) -> AppError {
    AppError::new(
        ErrorCode::TooLarge,
        format!("the body is larger than {limit} bytes"),
    )
}

/// Parses JSON, telling syntax errors (`bad_json`) from well-formed JSON of the wrong shape
/// (`bad_field`).
fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            AppError::new(ErrorCode::BadField, format!("the body does not fit: {e}"))
        }
        _ => AppError::new(
            ErrorCode::BadJson,
            format!("the body is not valid JSON: {e}"),
        ),
    })
}

fn with_headers(mut resp: Response, headers: Vec<(&'static str, String)>) -> Response {
    for (name, value) in headers {
        if let Ok(v) = HeaderValue::from_str(&value) {
            resp.headers_mut().insert(name, v);
        }
    }
    resp
}

async fn publish(State(pool): State<AppState>, req: Request) -> Response {
    match publish_inner(&pool, req).await {
        Ok((body, headers)) => with_headers(Json(body).into_response(), headers),
        Err(e) => e.on_publish().into_response(),
    }
}

async fn publish_inner(
    pool: &Arc<Pool>,
    req: Request,
) -> Result<(PublishResponse, Vec<(&'static str, String)>), AppError> {
    let Admitted {
        caller,
        body,
        rate_headers,
    } = admit::<PublishRequest>(pool, req, Budget::Publish).await?;
    let add_rate = |mut e: AppError| {
        e.headers.extend(rate_headers.iter().cloned());
        e
    };
    let p = body.pattern;
    // The author, the declared sender and the signer are one agent.
    if body.from_agent_id != p.author || p.author != caller.agent.to_b64u() {
        return Err(add_rate(AppError::new(
            ErrorCode::BadSignature,
            "pattern.author, fromAgentId and the signing agent must be the same key",
        )));
    }
    let now = pool.now_ms();
    pool.verifier
        .check_time(body.timestamp, now)
        .map_err(add_rate)?;
    // 5. Shape of the pattern itself: limits, times and interests in normal form.
    p.check_shape(&pool.config.limits, now)
        .map_err(|e| add_rate(e.into()))?;
    p.verify_by(&caller.agent).map_err(|e| add_rate(e.into()))?;
    let id = p
        .id_bytes()
        .ok_or_else(|| add_rate(AppError::field("id", "id is not 64 lower-case hex digits")))?;

    // Publishing the same id again is idempotent.
    let known = pool
        .index
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(&id)
        .map(|e| e.quality);
    if let Some(quality) = known {
        pool.metrics.republished.inc();
        let resp = PublishResponse {
            stored: true,
            ttl: p.ttl_secs(now),
            id: p.id.clone(),
            quality,
        };
        return Ok((resp, rate_headers));
    }

    // 6. Scanner: any error is a refusal.
    let report = pool
        .scanner
        .scan(&ScanInput {
            id: Some(&p.id),
            title: &p.title,
            body: &p.body,
            interests: &p.interests,
        })
        .map_err(|e| {
            tracing::warn!(error = %e, "scanner failed; refusing the publish");
            let mut err = AppError::new(
                ErrorCode::ScannerRejected,
                "the scanner could not judge this pattern, so it is refused",
            );
            err.detail.engine = Some(pool.scanner.engine().to_string());
            err.detail.rules = Some(Vec::new());
            add_rate(err)
        })?;
    if !report.is_clean() && pool.config.admission.scan {
        let rules = report
            .findings
            .iter()
            .map(rejected_rule)
            .collect::<Vec<_>>();
        let categories: Vec<&str> = {
            let mut c: Vec<&str> = report
                .findings
                .iter()
                .map(|f| f.category.as_str())
                .collect();
            c.sort_unstable();
            c.dedup();
            c
        };
        let mut err = AppError::new(
            ErrorCode::ScannerRejected,
            format!(
                "the scanner refused this pattern ({})",
                categories.join(", ")
            ),
        );
        err.detail.rules = Some(rules);
        err.detail.engine = Some(report.engine.clone());
        return Err(add_rate(err));
    }
    // 7. Quality floor.
    if report.quality < pool.config.admission.quality_floor {
        let mut err = AppError::new(
            ErrorCode::BelowQualityFloor,
            format!(
                "quality {:.1} is below the pool's floor of {:.1}",
                report.quality, pool.config.admission.quality_floor
            ),
        );
        err.detail.quality = Some(report.quality);
        err.detail.engine = Some(report.engine.clone());
        return Err(add_rate(err));
    }

    // 8. Durable write (group commit), then the index, then the answer.
    let record = StoredPattern {
        quality: report.quality,
        engine: report.engine,
        findings: report.findings,
        state: PatternState::Live,
        stored_at: now,
        pattern: p,
    };
    pool.put_pattern(id, &record)
        .await
        .map_err(AppError::internal)?;
    pool.metrics.stored.inc();
    let resp = PublishResponse {
        stored: true,
        ttl: record.pattern.ttl_secs(now),
        id: record.pattern.id,
        quality: record.quality,
    };
    Ok((resp, rate_headers))
}

async fn query(State(pool): State<AppState>, req: Request) -> Response {
    match query_inner(&pool, req).await {
        Ok((body, headers)) => with_headers(
            ([(header::CONTENT_TYPE, "application/json")], body).into_response(),
            headers,
        ),
        Err(e) => e.into_response(),
    }
}

async fn query_inner(
    pool: &Arc<Pool>,
    req: Request,
) -> Result<(Vec<u8>, Vec<(&'static str, String)>), AppError> {
    let started = Instant::now();
    let Admitted {
        body, rate_headers, ..
    } = admit::<QueryRequest>(pool, req, Budget::Query).await?;
    let add_rate = |mut e: AppError| {
        e.headers.extend(rate_headers.iter().cloned());
        e
    };
    if !version_compatible(&body.version) {
        let mut e = AppError::new(
            ErrorCode::UnsupportedVersion,
            format!(
                "protocol version {:?} is not supported; this pool speaks {PROTOCOL_VERSION} (any 0.x.y)",
                body.version
            ),
        );
        e.detail.accepted = Some(vec![PROTOCOL_VERSION.to_string()]);
        return Err(add_rate(e));
    }
    if !SAFETY_LEVELS.contains(&body.safety.as_str()) {
        let mut e = AppError::new(
            ErrorCode::UnsupportedSafety,
            format!(
                "safety {:?} is not offered; accepted: {}",
                body.safety,
                SAFETY_LEVELS.join(", ")
            ),
        );
        e.detail.accepted = Some(SAFETY_LEVELS.iter().map(|s| s.to_string()).collect());
        return Err(add_rate(e));
    }
    let limit = body.limit.unwrap_or(DEFAULT_QUERY_LIMIT);
    if !(1..=MAX_QUERY_LIMIT).contains(&limit) {
        return Err(add_rate(AppError::field(
            "limit",
            format!("limit must be 1 to {MAX_QUERY_LIMIT}"),
        )));
    }
    let min_similarity = body.min_similarity.unwrap_or(DEFAULT_MIN_SIMILARITY);
    if !(0.0..=1.0).contains(&min_similarity) {
        return Err(add_rate(AppError::field(
            "minSimilarity",
            "minSimilarity must be 0 to 1",
        )));
    }
    let interests = normalise_interests(&body.interests, &pool.config.limits)
        .map_err(|e| add_rate(e.into()))?;

    let now = pool.now_ms();
    let filter = Filter {
        now_ms: now,
        quality_floor: pool.config.admission.quality_floor,
        min_similarity,
        limit: limit as usize,
    };
    let (hits, candidates, live) = {
        let index = pool.index.read().unwrap_or_else(|p| p.into_inner());
        let (hits, candidates) = index.query(&interests, filter);
        (hits, candidates, index.len())
    };
    let mut answer = Answer::new();
    for hit in &hits {
        // A pattern swept between ranking and loading is simply skipped.
        let Some(record) = pool
            .load_raw(hit.expires_at, &hit.id)
            .map_err(AppError::internal)?
        else {
            continue;
        };
        answer
            .push(&record, hit)
            .map_err(|e| AppError::internal(format!("pattern record does not parse: {e}")))?;
    }
    let pool_metrics = PoolMetrics {
        patterns: live as u64,
        agents: pool.agents_last_hour(),
        candidates: candidates as u64,
        took_ms: started.elapsed().as_millis() as u64,
    };
    let body = answer
        .finish(&pool_metrics)
        .map_err(|e| AppError::internal(e.to_string()))?;
    Ok((body, rate_headers))
}

async fn health(State(pool): State<AppState>) -> Json<HealthResponse> {
    Json(HealthResponse {
        agents: pool.agents_last_hour(),
        patterns: pool.live_patterns(),
        uptime: pool.now_ms().saturating_sub(pool.started_ms) / 1000,
        status: if pool.degraded() { "degraded" } else { "ok" }.into(),
        version: VERSION.into(),
    })
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn metrics(State(pool): State<AppState>) -> Response {
    pool.metrics.live_patterns.set(pool.live_patterns() as i64);
    pool.metrics.agents.set(pool.agents_last_hour() as i64);
    pool.metrics.nonces.set(pool.verifier.nonces_held() as i64);
    pool.metrics
        .writer_backlog
        .set(pool.writer.backlog() as i64);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        pool.metrics.render(),
    )
        .into_response()
}
