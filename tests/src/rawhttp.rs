//! A lean HTTP/1.1 client for the load tool: requests are encoded to bytes before a timed phase,
//! and each connection writes them and reads answers by their `Content-Length`, nothing more.
//!
//! The load tool shares the machine's two cores with the broker it measures, so every
//! microsecond it spends per request is taken from the broker. A general client (reqwest on
//! hyper) spends about 90 µs per request here on pooling, header maps and URL handling; this one
//! spends a fraction of that, as wrk does. It is only for talking to our own servers in a
//! benchmark: it speaks keep-alive HTTP/1.1 with one request in flight per connection, expects
//! a `Content-Length` on every answer (axum sets one on every JSON answer), and treats anything
//! else as a failed request.

use std::io;
use std::net::SocketAddr;

use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// Headers an answer may carry before parsing gives up (the broker sends about ten).
const MAX_HEADERS: usize = 32;

/// Encodes a `POST` of a JSON `body` to `path` on `host` with extra `headers`.
pub fn encode_post<'a>(
    host: &str,
    path: &str,
    headers: impl IntoIterator<Item = (&'a str, String)>,
    body: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 512);
    out.extend_from_slice(format!("POST {path} HTTP/1.1\r\nhost: {host}\r\n").as_bytes());
    out.extend_from_slice(b"content-type: application/json\r\n");
    out.extend_from_slice(format!("content-length: {}\r\n", body.len()).as_bytes());
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

/// One keep-alive connection to `addr`, opened on first use and again after any failure.
pub struct Conn {
    addr: SocketAddr,
    stream: Option<TcpStream>,
    buf: Vec<u8>,
}

/// An answer: its status and its body (borrowed from the connection's buffer).
#[derive(Debug)]
pub struct RawAnswer<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The body bytes.
    pub body: &'a [u8],
}

impl Conn {
    /// A connection to `addr`, not yet opened.
    pub fn new(addr: SocketAddr) -> Conn {
        Conn {
            addr,
            stream: None,
            buf: Vec::with_capacity(64 * 1024),
        }
    }

    /// Sends one encoded request and reads its answer. On any error the connection is dropped,
    /// so the next request opens a fresh one.
    pub async fn send(&mut self, request: &[u8]) -> io::Result<RawAnswer<'_>> {
        match self.exchange(request).await {
            Ok(head) => {
                if !head.keep_alive {
                    self.stream = None;
                }
                let body = head.len..head.len + head.body_len;
                Ok(RawAnswer {
                    status: head.status,
                    body: self.buf.get(body).unwrap_or_default(),
                })
            }
            Err(e) => {
                self.stream = None;
                Err(e)
            }
        }
    }

    /// Writes `request` and reads one whole answer into `buf`; returns its head.
    async fn exchange(&mut self, request: &[u8]) -> io::Result<Head> {
        if self.stream.is_none() {
            let stream = TcpStream::connect(self.addr).await?;
            stream.set_nodelay(true)?;
            self.stream = Some(stream);
        }
        let Some(stream) = self.stream.as_mut() else {
            return Err(io::Error::other("no connection"));
        };
        stream.write_all(request).await?;
        self.buf.clear();
        let mut head = None;
        loop {
            if head.is_none() {
                head = parse_head(&self.buf)?;
            }
            if let Some(h) = head.filter(|h| self.buf.len() >= h.len + h.body_len) {
                return Ok(h);
            }
            // Room for a large read: a full Vec would otherwise grow 64 bytes at a time.
            self.buf.reserve(16 * 1024);
            if stream.read_buf(&mut self.buf).await? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "the server closed the connection mid-answer",
                ));
            }
        }
    }
}

/// The head of an answer.
#[derive(Debug, Clone, Copy)]
struct Head {
    status: u16,
    /// Bytes of the status line and headers, blank line included.
    len: usize,
    /// The `Content-Length`.
    body_len: usize,
    /// Whether the server keeps the connection open.
    keep_alive: bool,
}

/// Parses an answer's head once it is complete; `None` while more bytes are needed.
fn parse_head(buf: &[u8]) -> io::Result<Option<Head>> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut resp = httparse::Response::new(&mut headers);
    let len = match resp.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Ok(None),
        Err(e) => return Err(io::Error::new(io::ErrorKind::InvalidData, e)),
    };
    let mut body_len = None;
    let mut keep_alive = true;
    for h in resp.headers.iter() {
        if h.name.eq_ignore_ascii_case("content-length") {
            body_len = std::str::from_utf8(h.value)
                .ok()
                .and_then(|v| v.trim().parse::<usize>().ok());
        } else if h.name.eq_ignore_ascii_case("connection") {
            keep_alive = !h.value.eq_ignore_ascii_case(b"close");
        }
    }
    let body_len = body_len.ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "the answer has no Content-Length",
        )
    })?;
    Ok(Some(Head {
        status: resp.code.unwrap_or(0),
        len,
        body_len,
        keep_alive,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_is_read_once_complete() {
        let full = b"HTTP/1.1 429 Too Many Requests\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello";
        assert!(parse_head(&full[..20]).unwrap().is_none());
        let head = parse_head(full).unwrap().unwrap();
        assert_eq!(
            (head.status, head.body_len, head.keep_alive),
            (429, 5, false)
        );
        assert_eq!(&full[head.len..head.len + head.body_len], b"hello");
    }

    #[test]
    fn an_answer_without_length_is_refused() {
        let chunked = b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n";
        assert!(parse_head(chunked).is_err());
    }

    #[test]
    fn a_post_is_encoded_with_its_length_and_headers() {
        let req = encode_post("127.0.0.1:1", "/p", [("x-a", "1".to_string())], b"{}");
        let text = String::from_utf8(req).unwrap();
        assert!(text.starts_with("POST /p HTTP/1.1\r\n"));
        assert!(text.contains("content-length: 2\r\n"));
        assert!(text.ends_with("x-a: 1\r\n\r\n{}"));
    }

    #[tokio::test]
    async fn a_connection_talks_to_a_real_axum_server() {
        let app = axum::Router::new().route(
            "/echo",
            axum::routing::post(|body: axum::body::Bytes| async move { body }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move { axum::serve(listener, app).await });
        let mut conn = Conn::new(addr);
        for n in [0usize, 1, 70_000] {
            let body = vec![b'x'; n];
            let req = encode_post(&addr.to_string(), "/echo", [], &body);
            let answer = conn.send(&req).await.unwrap();
            assert_eq!(answer.status, 200);
            assert_eq!(answer.body, &body[..]);
        }
        let req = encode_post(&addr.to_string(), "/nowhere", [], b"");
        assert_eq!(conn.send(&req).await.unwrap().status, 404);
        server.abort();
    }
}
