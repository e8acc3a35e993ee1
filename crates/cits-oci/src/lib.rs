//! OCI images of WebAssembly modules, written without a container engine.
//!
//! An image here is one module in one layer, with a config whose platform is
//! `wasi`/`wasm`, the module as entrypoint and crun's `module.wasm.image/variant`
//! annotation: the same image `Dockerfile.wasm` builds with buildx. [`build_image`] makes
//! the blobs; [`write_layout`] stores them as an OCI image layout directory
//! (`skopeo ... oci:DIR:TAG`, `umoci`) and [`write_archive`] as one tar stream that
//! `skopeo` (`oci-archive:`), `ctr import` and `docker load` read.
//!
//! Output is deterministic: given the same inputs and `created_unix_s`, every byte
//! (and so every digest) is the same.

mod blob;
mod error;
mod image;
mod layout;
mod time;

#[cfg(test)]
mod tests;

pub use blob::{Blob, Descriptor, Digest};
pub use error::{Error, Result};
pub use image::{build_image, layer_tar, Compression, Image, WasmImageSpec, WASM_ARCHITECTURE};
pub use layout::{
    fully_qualified, layout_files, write_archive, write_layout, LayoutFile, TaggedImage,
};
pub use time::rfc3339_utc;

/// Media types of the OCI image spec v1.1.
pub mod media_types {
    /// An image index (`index.json`).
    pub const IMAGE_INDEX: &str = "application/vnd.oci.image.index.v1+json";
    /// An image manifest.
    pub const IMAGE_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
    /// An image config.
    pub const IMAGE_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
    /// A gzip-compressed layer tar.
    pub const LAYER_TAR_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
    /// An uncompressed layer tar.
    pub const LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";
}

/// Annotation keys and values used on manifests and index entries.
pub mod annotations {
    /// crun's switch to its Wasm handler (read from the container's OCI annotations).
    pub const WASM_VARIANT: &str = "module.wasm.image/variant";
    /// `compat-smart`: crun runs the entrypoint as Wasm only if it is a Wasm file, so a
    /// pod may mix Wasm and native containers under one runtime class.
    pub const WASM_VARIANT_COMPAT_SMART: &str = "compat-smart";
    /// The tag of an index entry (image-spec `annotations.md`).
    pub const REF_NAME: &str = "org.opencontainers.image.ref.name";
    /// The full image reference `ctr import` stores the image under.
    pub const CONTAINERD_IMAGE_NAME: &str = "io.containerd.image.name";
    /// RFC 3339 creation time.
    pub const CREATED: &str = "org.opencontainers.image.created";
    /// Human-readable title.
    pub const TITLE: &str = "org.opencontainers.image.title";
    /// Human-readable description.
    pub const DESCRIPTION: &str = "org.opencontainers.image.description";
    /// Version of the packaged software.
    pub const VERSION: &str = "org.opencontainers.image.version";
    /// SPDX license expression.
    pub const LICENSES: &str = "org.opencontainers.image.licenses";
    /// URL of the source code.
    pub const SOURCE: &str = "org.opencontainers.image.source";
    /// Source revision (e.g. the git commit).
    pub const REVISION: &str = "org.opencontainers.image.revision";
}
