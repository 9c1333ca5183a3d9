//! What the page asks of the browser beyond drawing: downloads and its own address.

use wasm_bindgen::JsCast;

/// Runs `work` once the browser has painted the next frame: what an input changed on its own
/// (a slider's thumb, a switch) is on screen before the work that follows from it begins.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    // Each callback frees itself once it has run.
    let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        // A frame's callbacks run before it is painted; a task queued from one runs after.
        let task = wasm_bindgen::closure::Closure::once_into_js(work);
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
}

/// Offers a file to the user as a download.
pub fn download(name: &str, mime: &str, content: &str) {
    let blob = gloo::file::Blob::new_with_options(content, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    save_as(&url, name);
    // The object URL is released when `url` is dropped, after the click has started the download.
}

/// Starts the download of an address under a file name, through a link that is never shown.
fn save_as(href: &str, name: &str) {
    let anchor = gloo::utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(href);
        anchor.set_download(name);
        anchor.click();
    }
}

/// Offers an SVG chart as a PNG at twice its size: the SVG is drawn on a canvas once the browser
/// has loaded it as an image.
pub fn download_png(name: &str, svg: &str) {
    let name = name.to_string();
    let blob = gloo::file::Blob::new_with_options(svg, Some("image/svg+xml"));
    let url = gloo::file::ObjectUrl::from(blob);
    let src = url.to_string();
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let listener = gloo::events::EventListener::once(&image, "load", move |_| {
        let _keep_url_alive = &url;
        let document = gloo::utils::document();
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let (width, height) = (loaded.natural_width() * 2, loaded.natural_height() * 2);
        canvas.set_width(width);
        canvas.set_height(height);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        );
        if let Ok(data_url) = canvas.to_data_url_with_type("image/png") {
            save_as(&data_url, &name);
        }
    });
    // The listener removes itself after the load; it must outlive this function until then.
    listener.forget();
    image.set_src(&src);
}

/// A full address: this page's address with a link's query.
pub fn page_url(query: &str) -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}?{query}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
