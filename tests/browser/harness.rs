//! Drives the built app (`dist/`) in headless Chromium the way a person would use it.
//!
//! `Browser::start()` serves `dist/` on 127.0.0.1 (a small static file server in this
//! file), starts `chromedriver` on a free port and opens a headless Chromium with a
//! fresh profile. Helpers wait for what a person would wait for, find things by what a
//! person reads (label, button and link text), and fail with a message that says what
//! was expected and what the page showed. Browsers take turns: one at a time, so
//! timings are not disturbed by another test's Chromium. Chromedriver and Chromium are
//! ended when the `Browser` is dropped, also when a test fails.

// Some helpers are there for the journey tests, written with the UI.
#![allow(dead_code)]

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::sync::{Mutex, MutexGuard};

/// How long a helper waits for the page to show what it looks for.
pub const WAIT: Duration = Duration::from_secs(10);
/// How often a helper looks again while it waits.
const POLL: Duration = Duration::from_millis(25);

/// The WCAG 2.2 A and AA rules that axe-core checks (shared/guide/toolchain.md).
const AXE_TAGS: [&str; 5] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// Chromium flags that keep a headless run quiet and local (shared/guide/toolchain.md);
/// the window size only makes screenshots the same size everywhere.
const CHROMIUM_FLAGS: [&str; 9] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
];

fn project_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where screenshots and timing notes go (git-ignored).
pub fn output_dir() -> PathBuf {
    let dir = project_dir().join("tests").join("output");
    fs::create_dir_all(&dir).expect("can create tests/output/");
    dir
}

/// One browser at a time: taken by `Browser::start`, given back when it is dropped.
/// (Tests run on threads of their own, each with its own runtime; tokio's mutex works
/// across them, and a test that fails does not poison it.)
static TURN: Mutex<()> = Mutex::const_new(());

/// A headless Chromium showing the app, with the helpers a test needs.
pub struct Browser {
    client: Client,
    server: StaticServer,
    /// Every URL the page has requested so far (from Chromium's performance log).
    requested: Vec<String>,
    // Dropped after `client`: ends chromedriver and Chromium, removes the profile.
    _driver: ChromeDriver,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Serves `dist/`, starts chromedriver and a fresh headless Chromium.
    pub async fn start() -> Browser {
        let turn = TURN.lock().await;
        let server = StaticServer::start(&dist_dir());
        let driver = ChromeDriver::start();

        let mut capabilities = Capabilities::new();
        capabilities.insert("browserName".into(), json!("chrome"));
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|f| f.to_string()).collect();
        args.push(format!("--user-data-dir={}", driver.profile_dir.display()));
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium_path(), "args": args }),
        );
        capabilities.insert("goog:loggingPrefs".into(), json!({ "performance": "ALL" }));
        let client = ClientBuilder::rustls()
            .expect("rustls connector for fantoccini")
            .capabilities(capabilities)
            .connect(&driver.url())
            .await
            .unwrap_or_else(|error| {
                panic!(
                    "could not open headless Chromium through chromedriver: {error}\n\
                     chromedriver's log: {}",
                    driver.log_path().display()
                )
            });

        Browser {
            client,
            server,
            requested: Vec::new(),
            _driver: driver,
            _turn: turn,
        }
    }

    /// Ends the WebDriver session (Chromium quits); chromedriver is ended on drop.
    pub async fn close(self) {
        let Browser { client, .. } = self;
        let _ = client.close().await;
    }

    /// The underlying fantoccini client, for anything the helpers do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The address the app is served at, e.g. `http://127.0.0.1:41234`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.server.address)
    }

    /// Opens `path` (e.g. `/`) of the app.
    pub async fn visit(&mut self, path: &str) {
        let url = format!("{}{path}", self.base_url());
        self.client
            .goto(&url)
            .await
            .unwrap_or_else(|error| panic!("could not open {url}: {error}"));
    }

    /// Waits until the app has drawn something into the page (Yew renders into
    /// `<body>`), so it has started.
    pub async fn wait_for_app(&mut self) {
        let script = "return Array.from(document.body ? document.body.children : [])
            .some(e => !['NOSCRIPT', 'SCRIPT'].includes(e.tagName));";
        let started = Instant::now();
        loop {
            if self.execute(script).await == Value::Bool(true) {
                return;
            }
            if started.elapsed() > WAIT {
                panic!(
                    "the app did not start within {WAIT:?}: the page shows {:?}",
                    self.page_text().await
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until `text` is on the page.
    pub async fn wait_for_text(&mut self, text: &str) {
        self.wait_for_text_within(text, WAIT).await;
    }

    /// Waits until `text` is on the page, for at most `timeout`.
    pub async fn wait_for_text_within(&mut self, text: &str, timeout: Duration) {
        let started = Instant::now();
        loop {
            let shown = self.page_text().await;
            if normalise(&shown).contains(&normalise(text)) {
                return;
            }
            if started.elapsed() > timeout {
                panic!(
                    "waited {timeout:?} for the page to show {text:?}, but it shows:\n{}",
                    shorten(&shown)
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The text a person sees on the page.
    pub async fn page_text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The page's title.
    pub async fn title(&self) -> String {
        self.client.title().await.expect("the page's title")
    }

    /// Types `value` into the field whose `<label>` reads `label_text` (a `<select>`
    /// gets the option with that text), replacing what was there.
    pub async fn fill_in(&mut self, label_text: &str, value: &str) {
        let field = self.field_for_label(label_text).await;
        let tag = field.tag_name().await.unwrap_or_default();
        if tag.eq_ignore_ascii_case("select") {
            field.select_by_label(value).await.unwrap_or_else(|error| {
                panic!("could not choose {value:?} in the list {label_text:?}: {error}")
            });
            return;
        }
        field
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not click the field {label_text:?}: {error}"));
        let select_all = format!("{}a", char::from(Key::Control));
        let erase = char::from(Key::Backspace).to_string();
        for keys in [select_all.as_str(), erase.as_str(), value] {
            field.send_keys(keys).await.unwrap_or_else(|error| {
                panic!("could not type {value:?} into {label_text:?}: {error}")
            });
        }
    }

    /// Types `value` into the field with this id (where several fields share a
    /// label, as each way to compare on the results page does).
    pub async fn fill_in_id(&mut self, id: &str, value: &str) {
        let xpath = format!("//*[@id={}]", xpath_literal(id));
        let field = self
            .wait_for_element(&[xpath], &format!("field #{id}"))
            .await;
        field
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not click the field #{id}: {error}"));
        let select_all = format!("{}a", char::from(Key::Control));
        let erase = char::from(Key::Backspace).to_string();
        for keys in [select_all.as_str(), erase.as_str(), value] {
            field
                .send_keys(keys)
                .await
                .unwrap_or_else(|error| panic!("could not type {value:?} into #{id}: {error}"));
        }
    }

    /// Clicks the label for the radio button or box with this id.
    pub async fn choose_id(&mut self, id: &str) {
        let xpath = format!("//label[@for={}]", xpath_literal(id));
        let label = self
            .wait_for_element(&[xpath], &format!("label for #{id}"))
            .await;
        label
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not choose #{id}: {error}"));
    }

    /// Chooses the radio button (or ticks the checkbox) whose label reads `label_text`,
    /// by clicking its label as a person would.
    pub async fn choose(&mut self, label_text: &str) {
        let label = self
            .wait_for_element(
                &by_text("label", label_text),
                &format!("label {label_text:?}"),
            )
            .await;
        label
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not choose {label_text:?}: {error}"));
    }

    /// Clicks the button that reads `text`.
    pub async fn click_button(&mut self, text: &str) {
        let literal = xpath_literal(text);
        let xpaths = [
            format!(
                "//button[normalize-space(.)={literal}] | \
                 //input[(@type='submit' or @type='button') and @value={literal}]"
            ),
            format!("//button[contains(normalize-space(.), {literal})]"),
        ];
        let button = self
            .wait_for_element(&xpaths, &format!("button {text:?}"))
            .await;
        button
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not click the button {text:?}: {error}"));
    }

    /// Makes the window `width` pixels wide (and tall enough for a long page).
    pub async fn set_width(&mut self, width: u32) {
        self.client()
            .set_window_size(width, 2400)
            .await
            .unwrap_or_else(|error| panic!("could not make the window {width} px wide: {error}"));
    }

    /// Nothing on the page needs scrolling sideways at the window's width.
    pub async fn assert_nothing_wider_than_the_window(&self, what: &str) {
        let overflow = self
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            )
            .await;
        assert!(
            overflow.as_i64().is_some_and(|extra| extra <= 0),
            "{what} is wider than the window"
        );
    }

    /// Opens (or closes) the disclosure whose summary reads `text`, as a click would.
    pub async fn click_summary(&mut self, text: &str) {
        let summary = self
            .wait_for_element(&by_text("summary", text), &format!("summary {text:?}"))
            .await;
        summary
            .click()
            .await
            .unwrap_or_else(|error| panic!("could not open {text:?}: {error}"));
    }

    /// Clicks the link that reads `text`.
    pub async fn click_link(&mut self, text: &str) {
        let link = self
            .wait_for_element(&by_text("a", text), &format!("link {text:?}"))
            .await;
        link.click()
            .await
            .unwrap_or_else(|error| panic!("could not click the link {text:?}: {error}"));
    }

    /// What has the keyboard focus: its visible text, else its id, else its accessible
    /// name or tag. For keyboard-only journeys.
    pub async fn focused_element_text_or_id(&self) -> String {
        let script = "const e = document.activeElement;
            if (!e) return '';
            const text = (e.innerText || '').trim();
            return text || e.id || e.getAttribute('aria-label') || e.name || e.tagName.toLowerCase();";
        match self.execute(script).await {
            Value::String(text) => text,
            other => other.to_string(),
        }
    }

    /// Presses Tab, as a keyboard user moving to the next control.
    pub async fn press_tab(&mut self) {
        self.press(Key::Tab).await;
    }

    /// Presses Enter on whatever has the focus.
    pub async fn press_enter(&mut self) {
        self.press(Key::Enter).await;
    }

    /// Presses the space bar on whatever has the focus.
    pub async fn press_space(&mut self) {
        self.press(Key::Space).await;
    }

    async fn press(&mut self, key: Key) {
        let key = char::from(key);
        let actions = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|error| panic!("could not press a key: {error}"));
    }

    /// Saves a screenshot of the window as `tests/output/<name>.png`; returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self
            .client
            .screenshot()
            .await
            .unwrap_or_else(|error| panic!("could not take the screenshot {name}: {error}"));
        let path = output_dir().join(format!("{name}.png"));
        fs::write(&path, png)
            .unwrap_or_else(|error| panic!("could not write {}: {error}", path.display()));
        path
    }

    /// Runs axe-core's WCAG 2.2 A and AA rules on the page; fails listing every
    /// violation.
    pub async fn assert_no_axe_violations(&mut self) {
        let loaded = self.execute("return typeof window.axe === 'object';").await;
        if loaded != Value::Bool(true) {
            let path = project_dir().join(".tools/node_modules/axe-core/axe.min.js");
            let source = fs::read_to_string(&path).unwrap_or_else(|error| {
                panic!(
                    "cannot read {} ({error}): run scripts/test.sh, which installs axe-core \
                     from npm into .tools/",
                    path.display()
                )
            });
            self.execute(&source).await;
        }
        let script = "const [tags, done] = arguments;
            axe.run(document, { runOnly: { type: 'tag', values: tags } })
              .then(result => done({ violations: result.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
                  nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })),
              })) }))
              .catch(error => done({ error: String(error) }));";
        let result = self
            .client
            .execute_async(script, vec![json!(AXE_TAGS)])
            .await
            .unwrap_or_else(|error| panic!("could not run axe-core: {error}"));
        if let Some(error) = result.get("error") {
            panic!("axe-core failed: {error}");
        }
        let violations = result["violations"].as_array().cloned().unwrap_or_default();
        if violations.is_empty() {
            return;
        }
        let mut report = format!(
            "axe-core found {} accessibility violation(s) (WCAG 2.2 A/AA):\n",
            violations.len()
        );
        for violation in &violations {
            report.push_str(&format!(
                "- {} ({}): {} <{}>\n",
                violation["id"].as_str().unwrap_or("?"),
                violation["impact"].as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or("?"),
                violation["url"].as_str().unwrap_or("?"),
            ));
            for node in violation["nodes"].as_array().into_iter().flatten() {
                report.push_str(&format!(
                    "    at {}: {}\n",
                    node["target"].as_str().unwrap_or("?"),
                    node["summary"].as_str().unwrap_or("").replace('\n', " "),
                ));
            }
        }
        panic!("{report}");
    }

    /// Every URL the page has requested since the browser started (from Chromium's
    /// performance log, `Network.requestWillBeSent`).
    pub async fn requests(&mut self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(SessionCommand::post(
                "se/log",
                json!({ "type": "performance" }),
            ))
            .await
            .unwrap_or_else(|error| panic!("could not read Chromium's performance log: {error}"));
        for entry in entries.as_array().into_iter().flatten() {
            let Some(message) = entry["message"].as_str() else {
                continue;
            };
            let Ok(message) = serde_json::from_str::<Value>(message) else {
                continue;
            };
            if message["message"]["method"] == "Network.requestWillBeSent" {
                if let Some(url) = message["message"]["params"]["request"]["url"].as_str() {
                    self.requested.push(url.to_string());
                }
            }
        }
        self.requested.clone()
    }

    /// Every URL the page has requested that is not on 127.0.0.1 (`data:` and `blob:`
    /// URLs stay in the page, so they are fine).
    pub async fn requests_outside_loopback(&mut self) -> Vec<String> {
        self.requests()
            .await
            .into_iter()
            .filter(|url| !is_local(url))
            .collect()
    }

    /// Runs a Chrome DevTools Protocol command (through chromedriver).
    pub async fn cdp(&self, method: &str, params: Value) -> Value {
        self.client
            .issue_cmd(SessionCommand::post(
                "goog/cdp/execute",
                json!({ "cmd": method, "params": params }),
            ))
            .await
            .unwrap_or_else(|error| panic!("DevTools command {method} failed: {error}"))
    }

    /// Runs `script` (a function body) in the page and returns its result.
    pub async fn execute(&self, script: &str) -> Value {
        self.client
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|error| panic!("script failed in the page: {error}"))
    }

    /// The form field that the label reading `label_text` is for.
    async fn field_for_label(&mut self, label_text: &str) -> Element {
        let description = format!("field labelled {label_text:?}");
        let label = self
            .wait_for_element(&by_text("label", label_text), &description)
            .await;
        match label.attr("for").await.ok().flatten() {
            Some(id) => self
                .client
                .find(Locator::Id(&id))
                .await
                .unwrap_or_else(|_| {
                    panic!("the label {label_text:?} is for #{id}, which is not on the page")
                }),
            None => label
                .find(Locator::Css("input, select, textarea"))
                .await
                .unwrap_or_else(|_| {
                    panic!("the label {label_text:?} has no `for` and holds no field")
                }),
        }
    }

    /// The first element that one of `xpaths` finds (tried in order), waiting for it.
    async fn wait_for_element(&mut self, xpaths: &[String], description: &str) -> Element {
        let started = Instant::now();
        loop {
            for xpath in xpaths {
                if let Ok(element) = self.client.find(Locator::XPath(xpath)).await {
                    return element;
                }
            }
            if started.elapsed() > WAIT {
                panic!(
                    "waited {WAIT:?} for a {description}, but the page shows:\n{}",
                    shorten(&self.page_text().await)
                );
            }
            tokio::time::sleep(POLL).await;
        }
    }
}

/// XPaths for a `tag` whose text is `text`: exactly (spaces normalised), then containing it.
fn by_text(tag: &str, text: &str) -> [String; 2] {
    let literal = xpath_literal(text);
    [
        format!("//{tag}[normalize-space(.)={literal}]"),
        format!("//{tag}[contains(normalize-space(.), {literal})]"),
    ]
}

/// `text` as an XPath string literal, whatever quotes it holds.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        format!("'{text}'")
    } else if !text.contains('"') {
        format!("\"{text}\"")
    } else {
        let parts: Vec<String> = text.split('\'').map(|part| format!("'{part}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn shorten(text: &str) -> String {
    const MOST: usize = 2000;
    match text.char_indices().nth(MOST) {
        Some((index, _)) => format!("{}…", &text[..index]),
        None => text.to_string(),
    }
}

/// True for URLs that stay on this machine's 127.0.0.1 or in the page. Chromium's own
/// built-in pages (`chrome://`, such as the new-tab page it shows before the first
/// visit) are served from inside the browser, never from the network, and a web page
/// cannot load them, so they count as local too.
fn is_local(url: &str) -> bool {
    const IN_BROWSER: [&str; 5] = ["data:", "blob:", "about:", "chrome:", "chrome-untrusted:"];
    if IN_BROWSER.iter().any(|scheme| url.starts_with(scheme)) {
        return true;
    }
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .or_else(|| url.strip_prefix("ws://"))
        .or_else(|| url.strip_prefix("wss://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority
        .rsplit_once(':')
        .map_or(authority, |(host, _)| host);
    host == "127.0.0.1"
}

/// The built app. Fails at once, saying how to build it, if it is missing.
fn dist_dir() -> PathBuf {
    let dist = project_dir().join("dist");
    let ready = dist.join("index.html").is_file() && dist.join("start.js").is_file();
    assert!(
        ready,
        "{} has no built app: run `trunk build --release` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

fn chromium_path() -> String {
    let output = Command::new("sh")
        .args(["-c", "command -v chromium"])
        .output()
        .expect("can run sh");
    let path = String::from_utf8_lossy(&output.stdout).trim().to_string();
    assert!(
        !path.is_empty(),
        "chromium is not installed: run scripts/test.sh (it installs Debian's chromium \
         and chromium-driver)"
    );
    path
}

/// A free TCP port on 127.0.0.1.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port on 127.0.0.1")
}

/// A fresh, empty folder for one Chromium profile.
fn fresh_temp_dir() -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "bb-browser-{}-{}-{nanos}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir_all(&dir).expect("can create a temporary folder");
    dir
}

/// Debian's chromedriver on a free port, with its own profile folder for Chromium.
/// Dropping it ends chromedriver, any Chromium it started, and removes the folder.
struct ChromeDriver {
    child: Child,
    port: u16,
    profile_dir: PathBuf,
    temp_dir: PathBuf,
}

impl ChromeDriver {
    fn start() -> ChromeDriver {
        let temp_dir = fresh_temp_dir();
        let profile_dir = temp_dir.join("profile");
        let port = free_port();
        let mut command = Command::new("chromedriver");
        command
            .arg(format!("--port={port}"))
            .arg(format!(
                "--log-path={}",
                temp_dir.join("chromedriver.log").display()
            ))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Its own process group, so Chromium can be ended with it.
            command.process_group(0);
        }
        let child = command.spawn().unwrap_or_else(|error| {
            panic!(
                "cannot start chromedriver ({error}): run scripts/test.sh (it installs \
                 Debian's chromium and chromium-driver)"
            )
        });
        let mut driver = ChromeDriver {
            child,
            port,
            profile_dir,
            temp_dir,
        };
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!(
                    "chromedriver stopped at once ({status}); its log: {}",
                    driver.log_path().display()
                );
            }
            if started.elapsed() > WAIT {
                panic!("chromedriver did not listen on port {port} within {WAIT:?}");
            }
            thread::sleep(POLL);
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log_path(&self) -> PathBuf {
        self.temp_dir.join("chromedriver.log")
    }

    /// Process ids of Chromium processes using this driver's profile folder.
    fn chromium_pids(&self) -> Vec<String> {
        let marker = format!("--user-data-dir={}", self.profile_dir.display());
        let Ok(entries) = fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                let pid = entry.file_name().to_string_lossy().to_string();
                if !pid.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let cmdline = fs::read(entry.path().join("cmdline")).ok()?;
                let cmdline = String::from_utf8_lossy(&cmdline);
                cmdline.split('\0').any(|arg| arg == marker).then_some(pid)
            })
            .collect()
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let leftovers = self.chromium_pids();
        if !leftovers.is_empty() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .args(&leftovers)
                .stderr(Stdio::null())
                .status();
        }
        let _ = fs::remove_dir_all(&self.temp_dir);
    }
}

/// A WebDriver command on the current session that fantoccini has no method for
/// (chromedriver's log and DevTools endpoints).
#[derive(Debug)]
struct SessionCommand {
    path: &'static str,
    body: Value,
}

impl SessionCommand {
    fn post(path: &'static str, body: Value) -> SessionCommand {
        SessionCommand { path, body }
    }
}

impl WebDriverCompatibleCommand for SessionCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let session = session_id.unwrap_or_default();
        base_url.join(&format!("session/{session}/{}", self.path))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

/// Serves a folder on 127.0.0.1 (a free port) with the right Content-Type for each
/// file; paths without a file extension get `index.html`, as `trunk serve` does.
struct StaticServer {
    address: SocketAddr,
    stop: Arc<AtomicBool>,
}

impl StaticServer {
    fn start(root: &Path) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a port on 127.0.0.1");
        let address = listener.local_addr().expect("the server's address");
        let stop = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let stopping = Arc::clone(&stop);
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                thread::spawn(move || serve_one(stream, &root));
            }
        });
        StaticServer { address, stop }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        // Wakes the accept loop so it sees `stop`.
        let _ = TcpStream::connect(self.address);
    }
}

fn serve_one(stream: TcpStream, root: &Path) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(stream) => stream,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Skip the headers.
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");

    let mut stream = stream;
    let file = resolve(root, path);
    let response = match (method, file) {
        ("GET" | "HEAD", Some(file)) => match fs::File::open(&file) {
            Ok(mut opened) => {
                let mut body = Vec::new();
                let _ = opened.read_to_end(&mut body);
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
                     Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
                    content_type(&file),
                    body.len()
                );
                let mut response = head.into_bytes();
                if method == "GET" {
                    response.extend_from_slice(&body);
                }
                response
            }
            Err(_) => not_found(),
        },
        ("GET" | "HEAD", None) => not_found(),
        _ => b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .to_vec(),
    };
    let _ = stream.write_all(&response);
    let _ = stream.flush();
}

fn not_found() -> Vec<u8> {
    b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"
        .to_vec()
}

/// The file under `root` for a request path; never outside `root`.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/');
    if relative
        .split('/')
        .any(|segment| segment == ".." || segment.contains('\\') || segment.contains('%'))
    {
        return None;
    }
    let file = root.join(relative);
    if file.is_file() {
        return Some(file);
    }
    let last = relative.rsplit('/').next().unwrap_or("");
    if !last.contains('.') {
        // A page of the app: the app itself decides what to show.
        return Some(root.join("index.html"));
    }
    None
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_and_in_page_urls_are_local() {
        assert!(is_local("http://127.0.0.1:8080/index.html"));
        assert!(is_local("data:application/wasm;base64,AAAA"));
        assert!(is_local("blob:http://127.0.0.1:1/abc"));
        assert!(is_local("chrome://new-tab-page-third-party/"));
        assert!(!is_local("https://example.org/"));
        assert!(!is_local("http://127.0.0.1.example.org/"));
        assert!(!is_local("http://localhost:8080/"));
        assert!(!is_local("chrome-extension://abc/"));
        assert!(!is_local("wss://example.org/socket"));
    }

    #[test]
    fn xpath_literals_survive_quotes() {
        assert_eq!(xpath_literal("Your age"), "'Your age'");
        assert_eq!(xpath_literal("What's this"), "\"What's this\"");
        assert_eq!(
            xpath_literal("It's \"here\""),
            "concat('It', \"'\", 's \"here\"')"
        );
    }

    #[test]
    fn the_server_never_leaves_its_folder() {
        let root = Path::new("/nonexistent-root");
        assert_eq!(resolve(root, "/../etc/passwd"), None);
        assert_eq!(resolve(root, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(root, "/missing.js"), None);
        assert_eq!(resolve(root, "/results"), Some(root.join("index.html")));
    }
}
