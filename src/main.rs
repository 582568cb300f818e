//! Entry point of the browser app: it only mounts; everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(jeugdmonitor_web::app::App);
}
