//! What a link holds besides the scenario: a second scenario to compare with, the material on
//! screen, and the embed options. Plain data; the codec writes it into links and reads it back.

use super::Scenario;
use crate::i18n::Lang;
use crate::model::Material;

/// A chart the page can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartId {
    LeadTime,
    JpExports,
    Supply,
    Inventory,
    Attribution,
    /// Which assumptions drive the uncertainty of a headline figure (Sobol indices).
    Drivers,
}

impl ChartId {
    /// Every chart, in the order the page shows them.
    pub const ALL: [ChartId; 6] = [
        ChartId::LeadTime,
        ChartId::JpExports,
        ChartId::Supply,
        ChartId::Inventory,
        ChartId::Attribution,
        ChartId::Drivers,
    ];

    /// Stable identifier, used in links, file names and the page's markup.
    pub fn id(self) -> &'static str {
        match self {
            ChartId::LeadTime => "lead-time",
            ChartId::JpExports => "jp-exports",
            ChartId::Supply => "supply",
            ChartId::Inventory => "inventory",
            ChartId::Attribution => "attribution",
            ChartId::Drivers => "drivers",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == id)
    }

    /// English label as offered in the embed dialog.
    pub fn label(self) -> &'static str {
        match self {
            ChartId::LeadTime => "Lead time",
            ChartId::JpExports => "Japan's exports",
            ChartId::Supply => "Korea's supply by source",
            ChartId::Inventory => "Inventory cover",
            ChartId::Attribution => "What raised the peak lead time",
            ChartId::Drivers => "What drives the uncertainty",
        }
    }
}

/// What an embedded page does with the controls.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Controls {
    /// Shown and usable.
    #[default]
    Shown,
    /// Shown but cannot be changed: the reader sees every setting of the prepared scenario.
    Locked,
    /// Not shown: only the results.
    Hidden,
}

impl Controls {
    pub const ALL: [Controls; 3] = [Controls::Shown, Controls::Locked, Controls::Hidden];

    pub fn id(self) -> &'static str {
        match self {
            Controls::Shown => "shown",
            Controls::Locked => "locked",
            Controls::Hidden => "hidden",
        }
    }

    pub fn from_id(id: &str) -> Option<Controls> {
        Controls::ALL.into_iter().find(|c| c.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Controls::Shown => "Shown: readers can change the scenario",
            Controls::Locked => "Locked: shown, but cannot be changed",
            Controls::Hidden => "Hidden: results only",
        }
    }
}

/// The options of the compact layout for embedding in another page.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Embed {
    pub controls: Controls,
    /// The charts shown, in [`ChartId::ALL`] order; never empty.
    pub charts: Vec<ChartId>,
}

impl Default for Embed {
    fn default() -> Self {
        Embed {
            controls: Controls::Shown,
            charts: ChartId::ALL.to_vec(),
        }
    }
}

impl Embed {
    pub fn shows(&self, chart: ChartId) -> bool {
        self.charts.contains(&chart)
    }
}

/// How the page shows the scenario.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct View {
    /// The material whose charts are on screen.
    pub material: Material,
    /// The language, when the link names one; otherwise the browser's is used.
    pub lang: Option<Lang>,
    /// The compact layout for embedding, when the page is embedded.
    pub embed: Option<Embed>,
    /// The lesson being followed (`story` for the built-in one, or a lesson's JSON) and its step,
    /// counted from 1.
    pub lesson: Option<(String, usize)>,
    /// Which uncertainty the bands and ranges show: calibrated to the 2018–2019 data (the
    /// default) or the assumptions' intervals alone.
    pub bands: crate::model::uncertainty::BandKind,
}

impl Default for View {
    fn default() -> Self {
        View {
            material: Material::Hf,
            lang: None,
            embed: None,
            lesson: None,
            bands: Default::default(),
        }
    }
}

impl View {
    /// Whether the page shows a chart.
    pub fn shows(&self, chart: ChartId) -> bool {
        self.embed.as_ref().is_none_or(|e| e.shows(chart))
    }

    /// Whether the controls can be changed.
    pub fn controls(&self) -> Controls {
        self.embed.as_ref().map_or(Controls::Shown, |e| e.controls)
    }
}

/// Everything a link holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    /// The scenario the controls edit.
    pub scenario: Scenario,
    /// A second scenario shown against the first.
    pub compare: Option<Scenario>,
    pub view: View,
}

/// The origin of an address (`https://host:port`), as `MessageEvent.origin` gives it.
fn origin_of(url: &str) -> &str {
    match url.find("://") {
        Some(scheme) => {
            let rest = &url[scheme + 3..];
            let end = rest
                .find(['/', '?', '#'])
                .map_or(url.len(), |i| scheme + 3 + i);
            &url[..end]
        }
        None => url,
    }
}

/// The HTML an educator pastes into a course page to embed the simulator at `url`, with the
/// iframe's title (what a screen reader announces) in the page's language. The iframe is
/// `height` pixels tall; the few lines of script after it make it as tall as the simulator says
/// it is (its `chokepoint:resize` messages, taken from its own origin only). Without the script
/// (a course page that strips scripts) the iframe keeps its fixed height and scrolls.
pub fn embed_snippet(url: &str, title: &str, height: u32) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let origin = origin_of(url).replace(['\\', '"', '<', '>'], "");
    format!(
        r#"<iframe src="{src}" title="{title}" width="100%" height="{height}" style="border:0" loading="lazy" data-chokepoint></iframe>
<script>
addEventListener("message", function (event) {{
  var data = event.data;
  if (event.origin !== "{origin}" || !data || data.type !== "{resize}") return;
  document.querySelectorAll("iframe[data-chokepoint]").forEach(function (frame) {{
    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(data.height) + "px";
  }});
}});
</script>"#,
        src = escape(url),
        title = escape(title),
        resize = super::message::RESIZE,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_sizes_its_frame_from_the_simulator_s_own_messages() {
        let snippet = embed_snippet(
            "https://example.org:8443/sim/?v=4&preset=history",
            "Simulator \"A\"",
            760,
        );
        assert!(snippet.starts_with(
            r#"<iframe src="https://example.org:8443/sim/?v=4&amp;preset=history" title="Simulator &quot;A&quot;" width="100%" height="760""#
        ));
        assert!(snippet.contains(r#"event.origin !== "https://example.org:8443""#));
        assert!(snippet.contains(r#"data.type !== "chokepoint:resize""#));
        assert!(snippet.contains("frame.contentWindow === event.source"));
        assert_eq!(origin_of("http://127.0.0.1:5000"), "http://127.0.0.1:5000");
        assert_eq!(origin_of("http://h/p?q#f"), "http://h");
    }

    #[test]
    fn ids_round_trip() {
        for chart in ChartId::ALL {
            assert_eq!(ChartId::from_id(chart.id()), Some(chart));
        }
        for controls in Controls::ALL {
            assert_eq!(Controls::from_id(controls.id()), Some(controls));
        }
        assert_eq!(ChartId::from_id("pie"), None);
    }

    #[test]
    fn a_plain_view_shows_everything_and_an_embed_what_it_lists() {
        let view = View::default();
        assert!(ChartId::ALL.into_iter().all(|c| view.shows(c)));
        assert_eq!(view.controls(), Controls::Shown);
        let embedded = View {
            embed: Some(Embed {
                controls: Controls::Hidden,
                charts: vec![ChartId::Supply],
            }),
            ..View::default()
        };
        assert!(embedded.shows(ChartId::Supply));
        assert!(!embedded.shows(ChartId::LeadTime));
        assert_eq!(embedded.controls(), Controls::Hidden);
    }

    #[test]
    fn the_snippet_escapes_the_address() {
        let snippet = embed_snippet(
            "https://example.org/sim/?v=3&embed=1\"><script>",
            "Chokepoint \"sim\"",
            640,
        );
        assert!(snippet.starts_with(
            "<iframe src=\"https://example.org/sim/?v=3&amp;embed=1&quot;&gt;&lt;script&gt;\""
        ));
        assert!(snippet.contains("height=\"640\""));
        assert!(snippet.contains("title=\"Chokepoint &quot;sim&quot;\""));
        // The address cannot open a script of its own: the snippet's one script is its own.
        let frame = &snippet[..snippet.find("</iframe>").expect("an iframe")];
        assert!(!frame.contains("<script"));
        assert_eq!(snippet.matches("<script").count(), 1);
    }
}
