//! The admin API under `/admin`, behind the bearer token (compared in constant time): enroll,
//! list and revoke parents; list, inspect, quarantine, restore and re-scan patterns; stats.
//!
//! Enrolled parents are stored under a salted hash of their key, so the admin API names them by
//! that hash (`id`) and by the operator's `name`; revoking accepts the key or the id.

use axum::extract::{Path, Query, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use pool_proto::pattern::parse_id;
use pool_proto::{ErrorCode, PublicKey};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::bearer_matches;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{
    Op, PARENT, ParentRecord, PatternState, RECORD, StoredPattern, parent_key, record_key,
};

/// The admin routes (nested under `/admin`).
pub fn router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/parents", post(enroll).get(list_parents))
        .route("/parents/{key}", axum::routing::delete(revoke))
        .route("/patterns", get(list_patterns))
        .route("/patterns/{id}", get(inspect))
        .route("/patterns/{id}/quarantine", post(quarantine))
        .route("/patterns/{id}/restore", post(restore))
        .route("/patterns/{id}/rescan", post(rescan))
        .route("/stats", get(stats))
        .layer(middleware::from_fn_with_state(state, require_token))
}

async fn require_token(State(pool): State<AppState>, req: Request, next: Next) -> Response {
    if bearer_matches(req.headers(), &pool.admin_token) {
        next.run(req).await
    } else {
        AppError::new(
            ErrorCode::Unauthorized,
            "the admin API needs `Authorization: Bearer <token>`",
        )
        .refused_before_body(req.method())
        .into_response()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct EnrollBody {
    public_key: String,
    #[serde(default)]
    name: String,
}

async fn enroll(
    State(pool): State<AppState>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let body: EnrollBody = serde_json::from_slice(&body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => {
            AppError::new(ErrorCode::BadField, format!("the body does not fit: {e}"))
        }
        _ => AppError::new(
            ErrorCode::BadJson,
            format!("the body is not valid JSON: {e}"),
        ),
    })?;
    let key = PublicKey::from_b64u("publicKey", &body.public_key)?;
    if body.name.chars().count() > 200 {
        return Err(AppError::field(
            "name",
            "name must be at most 200 characters",
        ));
    }
    let hash = pool.verifier.parent_hash(&key);
    let record = ParentRecord {
        name: body.name,
        enrolled_at: pool.now_ms(),
    };
    let bytes = serde_json::to_vec(&record).map_err(AppError::internal)?;
    let verifier_pool = pool.clone();
    pool.commit(
        vec![Op::Put(parent_key(&hash), bytes)],
        Some(Box::new(move || verifier_pool.verifier.enroll(hash))),
    )
    .await
    .map_err(AppError::internal)?;
    let out = json!({ "parent": { "id": hex(&hash), "name": record.name, "enrolledAt": record.enrolled_at } });
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

async fn list_parents(State(pool): State<AppState>) -> Result<Json<Value>, AppError> {
    let rows = pool
        .store
        .range(&[PARENT], &[PARENT + 1], usize::MAX)
        .map_err(AppError::internal)?;
    let parents: Vec<Value> = rows
        .iter()
        .filter_map(|(k, v)| {
            let r: ParentRecord = serde_json::from_slice(v).ok()?;
            Some(json!({ "id": hex(&k[1..]), "name": r.name, "enrolledAt": r.enrolled_at }))
        })
        .collect();
    Ok(Json(json!({ "parents": parents })))
}

async fn revoke(
    State(pool): State<AppState>,
    Path(key): Path<String>,
) -> Result<Json<Value>, AppError> {
    let hash = match parse_id(&key) {
        Some(hash) => hash,
        None => pool
            .verifier
            .parent_hash(&PublicKey::from_b64u("key", &key)?),
    };
    if pool
        .store
        .get(&parent_key(&hash))
        .map_err(AppError::internal)?
        .is_none()
    {
        return Err(AppError::new(
            ErrorCode::NotFound,
            "no such enrolled parent",
        ));
    }
    let verifier_pool = pool.clone();
    pool.commit(
        vec![Op::Delete(parent_key(&hash))],
        Some(Box::new(move || verifier_pool.verifier.revoke(&hash))),
    )
    .await
    .map_err(AppError::internal)?;
    Ok(Json(json!({ "id": hex(&hash), "revoked": true })))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListQuery {
    state: Option<PatternState>,
    limit: Option<usize>,
    after: Option<String>,
}

async fn list_patterns(
    State(pool): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<Value>, AppError> {
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let mut from = vec![RECORD];
    if let Some(after) = &q.after {
        from = resume_key(&pool, after)?;
        from.push(0);
    }
    let now = pool.now_ms();
    let mut out = Vec::new();
    let (mut next, mut last_cursor) = (None, None);
    'pages: loop {
        let page = pool
            .store
            .range(&from, &[RECORD + 1], 512)
            .map_err(AppError::internal)?;
        let Some((last, _)) = page.last() else { break };
        from = last.clone();
        from.push(0);
        for (_, v) in page {
            let Ok(r) = serde_json::from_slice::<StoredPattern>(&v) else {
                continue;
            };
            if q.state.is_some_and(|s| s != r.state) {
                continue;
            }
            if out.len() == limit {
                next = last_cursor.take();
                break 'pages;
            }
            last_cursor = Some(cursor(&r));
            out.push(summary(&r, now));
        }
    }
    Ok(Json(json!({ "patterns": out, "next": next })))
}

/// The cursor after a listed pattern: its expiry (16 hex digits) then its id, because patterns
/// are listed in the order they are stored, soonest expiry first.
fn cursor(r: &StoredPattern) -> String {
    format!("{:016x}{}", r.pattern.expires_at, r.pattern.id)
}

/// The record key a listing resumes after: from a cursor, or from a bare pattern id (looked up
/// in the match index, so it must still be stored).
fn resume_key(pool: &AppState, after: &str) -> Result<Vec<u8>, AppError> {
    let bad = || AppError::field("after", "after must be the previous page's next");
    if let (80, Some(at), Some(id)) = (after.len(), after.get(..16), after.get(16..)) {
        let hex_digits = at.bytes().all(|b| b.is_ascii_hexdigit());
        let expires_at = u64::from_str_radix(at, 16)
            .ok()
            .filter(|_| hex_digits)
            .ok_or_else(bad)?;
        let id = parse_id(id).ok_or_else(bad)?;
        return Ok(record_key(expires_at, &id));
    }
    let id = parse_id(after).ok_or_else(bad)?;
    let expires_at = pool
        .index
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(&id)
        .map(|e| e.expires_at)
        .ok_or_else(|| {
            AppError::field(
                "after",
                "after names no stored pattern: list from the start",
            )
        })?;
    Ok(record_key(expires_at, &id))
}

fn state_name(r: &StoredPattern, now: u64) -> &'static str {
    match r.state {
        PatternState::Quarantined => "quarantined",
        PatternState::Live if r.pattern.expires_at <= now => "expired",
        PatternState::Live => "live",
    }
}

fn summary(r: &StoredPattern, now: u64) -> Value {
    json!({
        "id": r.pattern.id, "title": r.pattern.title, "interests": r.pattern.interests, "tier": r.pattern.tier,
        "quality": r.quality, "state": state_name(r, now), "expiresAt": r.pattern.expires_at,
    })
}

fn lookup(pool: &AppState, id: &str) -> Result<([u8; 32], StoredPattern), AppError> {
    let bytes = parse_id(id)
        .ok_or_else(|| AppError::field("id", "a pattern id is 64 lower-case hex digits"))?;
    match pool.load(&bytes).map_err(AppError::internal)? {
        Some(r) => Ok((bytes, r)),
        None => Err(AppError::new(ErrorCode::NotFound, "no such pattern")),
    }
}

fn detail(r: &StoredPattern, now: u64) -> Value {
    json!({
        "pattern": r.pattern, "quality": r.quality, "engine": r.engine, "findings": r.findings,
        "state": state_name(r, now), "storedAt": r.stored_at,
    })
}

async fn inspect(
    State(pool): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let (_, r) = lookup(&pool, &id)?;
    Ok(Json(detail(&r, pool.now_ms())))
}

async fn set_state(
    pool: &AppState,
    id: &str,
    state: PatternState,
) -> Result<Json<Value>, AppError> {
    let (bytes, mut r) = lookup(pool, id)?;
    r.state = state;
    pool.put_pattern(bytes, &r)
        .await
        .map_err(AppError::internal)?;
    Ok(Json(detail(&r, pool.now_ms())))
}

async fn quarantine(
    State(pool): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    set_state(&pool, &id, PatternState::Quarantined).await
}

async fn restore(
    State(pool): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    set_state(&pool, &id, PatternState::Live).await
}

/// Re-scans a stored pattern with the current rules; a pattern they now refuse is quarantined.
async fn rescan(
    State(pool): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let (bytes, mut r) = lookup(&pool, &id)?;
    let p = &r.pattern;
    let report = pool
        .scanner
        .scan(&scanner::ScanInput {
            id: Some(&p.id),
            title: &p.title,
            body: &p.body,
            interests: &p.interests,
        })
        .map_err(|e| {
            AppError::new(
                ErrorCode::ScannerRejected,
                format!("the scanner could not judge it: {e}"),
            )
        })?;
    r.quality = report.quality;
    r.engine = report.engine.clone();
    r.findings = report.findings.clone();
    if !report.is_clean() {
        r.state = PatternState::Quarantined;
    }
    pool.put_pattern(bytes, &r)
        .await
        .map_err(AppError::internal)?;
    let mut out = detail(&r, pool.now_ms());
    out["verdict"] = json!(report.verdict);
    Ok(Json(out))
}

async fn stats(State(pool): State<AppState>) -> Result<Json<Value>, AppError> {
    let now = pool.now_ms();
    let (live, indexed, interests) = {
        let index = pool.index.read().unwrap_or_else(|p| p.into_inner());
        (index.live(now), index.len(), index.distinct_interests())
    };
    let parents = pool
        .store
        .range(&[PARENT], &[PARENT + 1], usize::MAX)
        .map_err(AppError::internal)?
        .len();
    let rejected = pool
        .rejections
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    Ok(Json(json!({
        "patterns": live,
        "indexed": indexed,
        "stored": pool.metrics.stored.get(),
        "republished": pool.metrics.republished.get(),
        "expired": pool.metrics.expired.get(),
        "rejected": rejected,
        "agents": pool.agents_last_hour(),
        "parents": parents,
        "enrollment": pool.config.enrollment,
        "distinctInterests": interests,
        "diskBytes": pool.store.size_on_disk(),
        "uptime": now.saturating_sub(pool.started_ms) / 1000,
        "engine": pool.scanner.engine(),
        "version": crate::api::VERSION,
    })))
}
