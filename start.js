// Starts the app with no inline script, so the page's Content-Security-Policy can
// forbid inline scripts. Trunk (filehash = false) names the files after the crate.
import init from "./benefit-bridge.js";

await init({ module_or_path: new URL("./benefit-bridge_bg.wasm", import.meta.url) });
