//! One Wasm module as an OCI image: layer, config and manifest.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use crate::blob::{Blob, Descriptor, Digest};
use crate::error::{Error, Result};
use crate::{annotations, media_types, time};

/// The first eight bytes of a core Wasm module: `\0asm` and binary format version 1.
const WASM_MODULE_HEADER: [u8; 8] = *b"\0asm\x01\0\0\0";

/// File mode of the module in the layer: world-readable and executable, because crun's
/// `compat-smart` handler and some shims check the entrypoint like a native binary.
const MODULE_FILE_MODE: u32 = 0o755;

/// How the single layer is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Compression {
    /// `application/vnd.oci.image.layer.v1.tar+gzip`: what registries and `docker load`
    /// expect by default; a Wasm module shrinks to about a third.
    #[default]
    Gzip,
    /// `application/vnd.oci.image.layer.v1.tar`: no compression.
    None,
}

/// What goes into an image of one Wasm module.
#[derive(Clone, Debug)]
pub struct WasmImageSpec {
    /// The module's file name at the image root, e.g. `decoder.wasm`; the entrypoint
    /// is `/<file_name>`.
    pub file_name: String,
    /// The module bytes, copied unchanged into the layer.
    pub module: Vec<u8>,
    /// Environment defaults (`config.Env`), in this order; deployments override them.
    pub env: Vec<(String, String)>,
    /// Creation time in Unix seconds: `created` fields and the tar mtime. A fixed value
    /// (e.g. `SOURCE_DATE_EPOCH`) makes the output byte-for-byte reproducible.
    pub created_unix_s: u64,
    /// `os` of the image config: `wasi` is what `--platform=wasi/wasm` selects.
    pub os: String,
    /// Layer compression.
    pub compression: Compression,
    /// Manifest annotations (`org.opencontainers.image.*`); `created` and the crun
    /// variant annotation are added by [`build_image`].
    pub annotations: BTreeMap<String, String>,
}

/// A built image: its three blobs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Image {
    /// The image config (`application/vnd.oci.image.config.v1+json`).
    pub config: Blob,
    /// The only layer: a tar holding just the module.
    pub layer: Blob,
    /// The image manifest (`application/vnd.oci.image.manifest.v1+json`).
    pub manifest: Blob,
    /// Digest of the uncompressed layer tar (`rootfs.diff_ids`).
    pub diff_id: Digest,
}

impl Image {
    /// The blobs in dependency order: config, layer, manifest.
    pub fn blobs(&self) -> [&Blob; 3] {
        [&self.config, &self.layer, &self.manifest]
    }
}

/// Image config, image-spec `config.md`; field order is kept stable for reproducibility.
#[derive(Serialize)]
struct ImageConfig<'a> {
    created: &'a str,
    architecture: &'a str,
    os: &'a str,
    config: ExecConfig<'a>,
    rootfs: RootFs<'a>,
    history: [History<'a>; 1],
}

#[derive(Serialize)]
struct ExecConfig<'a> {
    #[serde(rename = "Env")]
    env: Vec<String>,
    #[serde(rename = "Entrypoint")]
    entrypoint: [String; 1],
    #[serde(rename = "Labels", skip_serializing_if = "BTreeMap::is_empty")]
    labels: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct RootFs<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    diff_ids: [&'a Digest; 1],
}

#[derive(Serialize)]
struct History<'a> {
    created: &'a str,
    created_by: &'a str,
    comment: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Manifest<'a> {
    schema_version: u32,
    media_type: &'a str,
    config: &'a Descriptor,
    layers: [&'a Descriptor; 1],
    annotations: &'a BTreeMap<String, String>,
}

/// Builds the layer, config and manifest of `spec`.
///
/// The manifest gets `module.wasm.image/variant=compat-smart` (crun runs the entrypoint
/// with its Wasm handler when this reaches the container's annotations) and
/// `org.opencontainers.image.created`.
pub fn build_image(spec: &WasmImageSpec) -> Result<Image> {
    validate_file_name(&spec.file_name)?;
    if !spec.module.starts_with(&WASM_MODULE_HEADER) {
        return Err(Error::NotWasm {
            file_name: spec.file_name.clone(),
        });
    }
    let env = spec
        .env
        .iter()
        .map(|(name, value)| {
            validate_env_name(name)?;
            Ok(format!("{name}={value}"))
        })
        .collect::<Result<Vec<_>>>()?;
    let os = validate_os(&spec.os)?;
    let created = time::rfc3339_utc(spec.created_unix_s);

    let tar = layer_tar(&spec.file_name, &spec.module, spec.created_unix_s)?;
    let diff_id = Digest::sha256(&tar);
    let layer = match spec.compression {
        Compression::Gzip => Blob::new(media_types::LAYER_TAR_GZIP, gzip(&tar)?),
        Compression::None => Blob::new(media_types::LAYER_TAR, tar),
    };

    let config = ImageConfig {
        created: &created,
        architecture: WASM_ARCHITECTURE,
        os,
        config: ExecConfig {
            env,
            entrypoint: [format!("/{}", spec.file_name)],
            // The same `org.opencontainers.image.*` pairs as labels: Docker's classic image
            // store keeps config labels but drops manifest annotations on `docker load`.
            labels: &spec.annotations,
        },
        rootfs: RootFs {
            kind: "layers",
            diff_ids: [&diff_id],
        },
        history: [History {
            created: &created,
            created_by: "cits image",
            comment: "the WebAssembly module, nothing else",
        }],
    };
    let config = Blob::new(media_types::IMAGE_CONFIG, to_json("image config", &config)?);

    let mut manifest_annotations = spec.annotations.clone();
    for key in manifest_annotations.keys() {
        validate_annotation_key(key)?;
    }
    manifest_annotations.insert(annotations::CREATED.to_owned(), created.clone());
    manifest_annotations.insert(
        annotations::WASM_VARIANT.to_owned(),
        annotations::WASM_VARIANT_COMPAT_SMART.to_owned(),
    );
    let manifest = Manifest {
        schema_version: 2,
        media_type: media_types::IMAGE_MANIFEST,
        config: &config.descriptor,
        layers: [&layer.descriptor],
        annotations: &manifest_annotations,
    };
    let manifest = Blob::new(
        media_types::IMAGE_MANIFEST,
        to_json("image manifest", &manifest)?,
    );
    Ok(Image {
        config,
        layer,
        manifest,
        diff_id,
    })
}

/// `architecture` of every Wasm image: what `--platform=wasi/wasm` selects.
pub const WASM_ARCHITECTURE: &str = "wasm";

/// The layer: an uncompressed ustar stream with the one file, owned by root, fixed mtime.
pub fn layer_tar(file_name: &str, module: &[u8], mtime_unix_s: u64) -> Result<Vec<u8>> {
    let tar_err = |source| Error::Tar {
        what: "the layer",
        source,
    };
    let mut builder = tar::Builder::new(Vec::with_capacity(module.len() + 2048));
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_path(file_name).map_err(tar_err)?;
    header.set_size(module.len() as u64);
    header.set_mode(MODULE_FILE_MODE);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(mtime_unix_s);
    header.set_cksum();
    builder.append(&header, module).map_err(tar_err)?;
    builder.into_inner().map_err(tar_err)
}

/// Gzip with a zero header mtime and no file name, so equal input gives equal output.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let tar_err = |source| Error::Tar {
        what: "the layer (gzip)",
        source,
    };
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(tar_err)?;
    encoder.finish().map_err(tar_err)
}

pub(crate) fn to_json<T: Serialize>(what: &'static str, value: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|source| Error::Json { what, source })
}

/// A plain file name: no directories, nothing the shell or tar would reinterpret.
fn validate_file_name(name: &str) -> Result<()> {
    let invalid = |reason| Error::Invalid {
        field: "module file name",
        value: name.to_owned(),
        reason,
    };
    if name.is_empty() || name.len() > MAX_FILE_NAME_LEN {
        return Err(invalid("must be 1 to 100 bytes (the ustar name field)"));
    }
    if name.starts_with('.')
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return Err(invalid(
            "only ASCII letters, digits, '.', '_', '-', not starting with '.'",
        ));
    }
    Ok(())
}

/// ustar's name field holds 100 bytes; longer names would need a prefix split.
const MAX_FILE_NAME_LEN: usize = 100;

/// POSIX env names: `[A-Za-z_][A-Za-z0-9_]*`.
fn validate_env_name(name: &str) -> Result<()> {
    let ok = name
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "env name",
            value: name.to_owned(),
            reason: "must match [A-Za-z_][A-Za-z0-9_]*",
        })
    }
}

/// The Wasm `os` values in use: `wasi` (Docker, buildx, runwasi images) and `wasip1`
/// (Go's GOOS, which the image spec points to).
fn validate_os(os: &str) -> Result<&str> {
    match os {
        "wasi" | "wasip1" => Ok(os),
        _ => Err(Error::Invalid {
            field: "os",
            value: os.to_owned(),
            reason: "a Wasm image's os is `wasi` or `wasip1`",
        }),
    }
}

/// Annotation keys are reverse-domain names; an empty key is never valid.
fn validate_annotation_key(key: &str) -> Result<()> {
    if key.is_empty() || key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::Invalid {
            field: "annotation key",
            value: key.to_owned(),
            reason: "must be non-empty without whitespace",
        });
    }
    Ok(())
}
