//! OCI image layouts (a directory) and archives (the same as one tar stream).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::blob::{Blob, Descriptor, Digest};
use crate::error::{Error, Result};
use crate::image::{to_json, Image};
use crate::{annotations, media_types};

/// Content of the `oci-layout` file: the layout version this writer follows.
const OCI_LAYOUT_FILE: &[u8] = br#"{"imageLayoutVersion":"1.0.0"}"#;

/// Longest tag the distribution spec allows (`[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`).
const MAX_TAG_LEN: usize = 128;

/// Longest repository name we accept; the distribution spec suggests 255 for the
/// whole `host/path` name.
const MAX_REPOSITORY_LEN: usize = 255;

/// An image and the names it goes by.
#[derive(Clone, Debug)]
pub struct TaggedImage {
    /// The built image.
    pub image: Image,
    /// Repository, e.g. `cits-wasm/decoder` or `registry.example:5000/cits/decoder`.
    pub repository: String,
    /// Tags, e.g. `0.1.0-wasm`; each becomes one `index.json` entry.
    pub tags: Vec<String>,
}

/// One file of a layout: its path inside the layout and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutFile {
    /// Relative path with `/` separators.
    pub path: String,
    /// File content.
    pub bytes: Vec<u8>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Index<'a> {
    schema_version: u32,
    media_type: &'a str,
    manifests: Vec<Descriptor>,
}

/// One entry of Docker's `manifest.json` (the `docker save` format `docker load` reads).
#[derive(Serialize)]
struct DockerManifestEntry {
    #[serde(rename = "Config")]
    config: String,
    #[serde(rename = "RepoTags")]
    repo_tags: Vec<String>,
    #[serde(rename = "Layers")]
    layers: Vec<String>,
}

/// The files of an image layout holding `images`: blobs (sorted by digest, each once),
/// `oci-layout`, `index.json` with one entry per tag (`org.opencontainers.image.ref.name`
/// = the tag, which `skopeo`/`umoci` address as `oci:DIR:TAG`, and
/// `io.containerd.image.name` = the full reference `ctr import` names the image by), and,
/// when `docker_manifest` is set, Docker's `manifest.json` so `docker load` reads the
/// archive on engines without OCI-layout support as well.
pub fn layout_files(images: &[TaggedImage], docker_manifest: bool) -> Result<Vec<LayoutFile>> {
    let mut blobs: BTreeMap<&Digest, &Blob> = BTreeMap::new();
    let mut index_entries = Vec::new();
    let mut docker_entries = Vec::new();
    let mut seen_tags = BTreeSet::new();
    for tagged in images {
        validate_repository(&tagged.repository)?;
        if tagged.tags.is_empty() {
            return Err(Error::Invalid {
                field: "tags",
                value: tagged.repository.clone(),
                reason: "an image in a layout needs at least one tag to be addressable",
            });
        }
        for blob in tagged.image.blobs() {
            blobs.insert(&blob.descriptor.digest, blob);
        }
        let mut repo_tags = Vec::new();
        for tag in &tagged.tags {
            validate_tag(tag)?;
            if !seen_tags.insert(tag.as_str()) {
                return Err(Error::DuplicateTag(tag.clone()));
            }
            let mut entry = tagged.image.manifest.descriptor.clone();
            entry.annotations.insert(
                annotations::CONTAINERD_IMAGE_NAME.to_owned(),
                format!("{}:{tag}", fully_qualified(&tagged.repository)),
            );
            entry
                .annotations
                .insert(annotations::REF_NAME.to_owned(), tag.clone());
            index_entries.push(entry);
            repo_tags.push(format!("{}:{tag}", tagged.repository));
        }
        docker_entries.push(DockerManifestEntry {
            config: tagged.image.config.descriptor.digest.blob_path(),
            repo_tags,
            layers: vec![tagged.image.layer.descriptor.digest.blob_path()],
        });
    }

    let mut files: Vec<LayoutFile> = blobs
        .values()
        .map(|blob| LayoutFile {
            path: blob.descriptor.digest.blob_path(),
            bytes: blob.bytes.clone(),
        })
        .collect();
    files.push(LayoutFile {
        path: "oci-layout".to_owned(),
        bytes: OCI_LAYOUT_FILE.to_vec(),
    });
    let index = Index {
        schema_version: 2,
        media_type: media_types::IMAGE_INDEX,
        manifests: index_entries,
    };
    files.push(LayoutFile {
        path: "index.json".to_owned(),
        bytes: to_json("image index", &index)?,
    });
    if docker_manifest {
        files.push(LayoutFile {
            path: "manifest.json".to_owned(),
            bytes: to_json("docker manifest.json", &docker_entries)?,
        });
    }
    Ok(files)
}

/// Writes an OCI image layout of `images` into `dir`.
///
/// `dir` may be missing, empty, or an earlier layout (it has an `oci-layout` file): the
/// earlier layout's `blobs/`, `index.json` and `oci-layout` are removed first, so no stale
/// blob survives. Anything else is refused rather than overwritten.
pub fn write_layout(dir: &Path, images: &[TaggedImage]) -> Result<()> {
    let files = layout_files(images, false)?;
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if dir.join("oci-layout").is_file() {
                let blobs = dir.join("blobs");
                if blobs.exists() {
                    fs::remove_dir_all(&blobs).map_err(io(&blobs))?;
                }
                for name in ["index.json", "oci-layout"] {
                    let path = dir.join(name);
                    if path.exists() {
                        fs::remove_file(&path).map_err(io(&path))?;
                    }
                }
            } else if entries.next().is_some() {
                return Err(Error::NotALayout(dir.to_path_buf()));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(dir)(e)),
    }
    let blob_dir = dir.join("blobs").join("sha256");
    fs::create_dir_all(&blob_dir).map_err(io(&blob_dir))?;
    // index.json goes last (layout_files orders it so): a reader never sees an index
    // naming a blob that is not written yet.
    for file in files {
        let path = dir.join(&file.path);
        fs::write(&path, &file.bytes).map_err(io(&path))?;
    }
    Ok(())
}

/// Writes the layout of `images` as one tar stream: an OCI archive (`oci-archive:` in
/// skopeo, `ctr import`) that also carries Docker's `manifest.json` for `docker load`.
/// Every entry has mtime `mtime_unix_s`, owner root and mode 0644 (dirs 0755).
pub fn write_archive<W: Write>(out: W, images: &[TaggedImage], mtime_unix_s: u64) -> Result<W> {
    let files = layout_files(images, true)?;
    let tar_err = |source| Error::Tar {
        what: "the archive",
        source,
    };
    let mut builder = tar::Builder::new(out);
    for dir in ["blobs/", "blobs/sha256/"] {
        let mut header = fixed_header(tar::EntryType::Directory, 0o755, 0, mtime_unix_s);
        header.set_path(dir).map_err(tar_err)?;
        header.set_cksum();
        builder.append(&header, std::io::empty()).map_err(tar_err)?;
    }
    for file in &files {
        let mut header = fixed_header(
            tar::EntryType::Regular,
            0o644,
            file.bytes.len() as u64,
            mtime_unix_s,
        );
        header.set_path(&file.path).map_err(tar_err)?;
        header.set_cksum();
        builder
            .append(&header, file.bytes.as_slice())
            .map_err(tar_err)?;
    }
    builder.into_inner().map_err(tar_err)
}

fn fixed_header(kind: tar::EntryType, mode: u32, size: u64, mtime: u64) -> tar::Header {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(kind);
    header.set_mode(mode);
    header.set_size(size);
    header.set_uid(0);
    header.set_gid(0);
    header.set_mtime(mtime);
    header
}

/// The reference containerd stores images under: Docker Hub names get `docker.io/`
/// (and `library/` for single-component names), as `docker save` writes them.
pub fn fully_qualified(repository: &str) -> String {
    match repository.split_once('/') {
        Some((first, _)) if first.contains(['.', ':']) || first == "localhost" => {
            repository.to_owned()
        }
        Some(_) => format!("docker.io/{repository}"),
        None => format!("docker.io/library/{repository}"),
    }
}

/// Tags per the distribution spec: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`.
fn validate_tag(tag: &str) -> Result<()> {
    let ok = tag.len() <= MAX_TAG_LEN
        && tag
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        && tag
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid {
            field: "tag",
            value: tag.to_owned(),
            reason: "must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}",
        })
    }
}

/// Repository names: `/`-separated lowercase components of `[a-z0-9._-]`, each
/// starting and ending alphanumeric; the first may be a registry `host[:port]`.
fn validate_repository(repository: &str) -> Result<()> {
    let invalid = |reason| Error::Invalid {
        field: "repository",
        value: repository.to_owned(),
        reason,
    };
    if repository.is_empty() || repository.len() > MAX_REPOSITORY_LEN {
        return Err(invalid("must be 1 to 255 bytes"));
    }
    let mut components = repository.split('/').peekable();
    let mut first = true;
    while let Some(component) = components.next() {
        let is_host = first && components.peek().is_some() && component.contains(['.', ':']);
        first = false;
        let allowed = |b: u8| {
            b.is_ascii_digit()
                || b"._-".contains(&b)
                || if is_host {
                    b.is_ascii_alphabetic() || b == b':'
                } else {
                    b.is_ascii_lowercase()
                }
        };
        let ends_ok = component
            .bytes()
            .next()
            .zip(component.bytes().last())
            .is_some_and(|(a, z)| a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric());
        if !ends_ok || !component.bytes().all(allowed) {
            return Err(invalid(
                "components are lowercase [a-z0-9._-], start and end alphanumeric",
            ));
        }
    }
    Ok(())
}
