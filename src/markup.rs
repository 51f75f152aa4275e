//! Text made safe to write into markup. The app writes its parts with hundreds of
//! elements and no behaviour (the hours chart's drawing and its table of figures) as
//! one string of markup: each element built as a virtual node costs code in the
//! download, a string almost none. Every word and figure in such a string goes
//! through `Text`, so nothing it holds can become markup. Here, not in `ui`, so the
//! native tests check it.

use core::fmt;

/// Text made safe for an element's content or a quoted attribute.
pub struct Text<'a>(pub &'a str);

impl fmt::Display for Text<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"']) {
            out.write_str(&rest[..at])?;
            out.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                _ => "&quot;",
            })?;
            rest = &rest[at + 1..];
        }
        out.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn words_cannot_become_markup() {
        assert_eq!(
            Text(r#"Pay & "UC" <b>"#).to_string(),
            "Pay &amp; &quot;UC&quot; &lt;b&gt;"
        );
        assert_eq!(Text("£1,250.00").to_string(), "£1,250.00");
        assert_eq!(Text("").to_string(), "");
    }
}
