//! Tests of whole images, layouts and archives, read back with independent parsers
//! (`serde_json::Value`, `flate2`'s decoder, the `tar` reader).

use std::collections::BTreeMap;
use std::io::Read;

use serde_json::Value;

use crate::*;

/// A minimal valid module: header plus an empty custom section named "cits".
fn module() -> Vec<u8> {
    let mut m = b"\0asm\x01\0\0\0".to_vec();
    m.extend_from_slice(&[0, 5, 4, b'c', b'i', b't', b's']);
    m
}

fn spec() -> WasmImageSpec {
    WasmImageSpec {
        file_name: "decoder.wasm".to_owned(),
        module: module(),
        env: vec![
            ("CITS_INPUT_TOPIC".to_owned(), "cits.raw".to_owned()),
            ("CITS_LOG".to_owned(), "info".to_owned()),
        ],
        created_unix_s: 1_700_000_000,
        os: "wasi".to_owned(),
        compression: Compression::Gzip,
        annotations: BTreeMap::from([(annotations::TITLE.to_owned(), "decoder".to_owned())]),
    }
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

/// (path, mode, mtime, uid, content) of every entry of a tar stream.
fn tar_entries(bytes: &[u8]) -> Vec<(String, u32, u64, u64, Vec<u8>)> {
    let mut archive = tar::Archive::new(bytes);
    let mut out = Vec::new();
    for entry in archive.entries().expect("tar entries") {
        let mut entry = entry.expect("tar entry");
        let header = entry.header().clone();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("entry content");
        out.push((
            entry.path().expect("path").display().to_string(),
            header.mode().expect("mode"),
            header.mtime().expect("mtime"),
            header.uid().expect("uid"),
            content,
        ));
    }
    out
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("gzip stream");
    out
}

#[test]
fn manifest_points_at_config_and_layer_by_digest_and_size() {
    let image = build_image(&spec()).expect("image builds");
    for blob in image.blobs() {
        assert_eq!(blob.descriptor.digest, Digest::sha256(&blob.bytes));
        assert_eq!(blob.descriptor.size, blob.bytes.len() as u64);
    }
    let manifest = json(&image.manifest.bytes);
    assert_eq!(manifest["schemaVersion"], 2);
    assert_eq!(manifest["mediaType"], media_types::IMAGE_MANIFEST);
    assert_eq!(manifest["config"]["mediaType"], media_types::IMAGE_CONFIG);
    assert_eq!(
        manifest["config"]["digest"],
        image.config.descriptor.digest.as_str()
    );
    assert_eq!(manifest["config"]["size"], image.config.bytes.len());
    let layers = manifest["layers"].as_array().expect("layers array");
    assert_eq!(layers.len(), 1);
    assert_eq!(layers[0]["mediaType"], media_types::LAYER_TAR_GZIP);
    assert_eq!(layers[0]["digest"], image.layer.descriptor.digest.as_str());
    assert_eq!(
        manifest["annotations"]["module.wasm.image/variant"],
        "compat-smart"
    );
    assert_eq!(
        manifest["annotations"]["org.opencontainers.image.created"],
        "2023-11-14T22:13:20Z"
    );
    assert_eq!(
        manifest["annotations"]["org.opencontainers.image.title"],
        "decoder"
    );
}

#[test]
fn config_is_a_wasi_wasm_platform_with_the_module_as_entrypoint() {
    let image = build_image(&spec()).expect("image builds");
    let config = json(&image.config.bytes);
    assert_eq!(config["os"], "wasi");
    assert_eq!(config["architecture"], "wasm");
    assert_eq!(config["config"]["Entrypoint"][0], "/decoder.wasm");
    assert_eq!(
        config["config"]["Env"],
        serde_json::json!(["CITS_INPUT_TOPIC=cits.raw", "CITS_LOG=info"])
    );
    assert_eq!(config["config"]["Labels"][annotations::TITLE], "decoder");
    assert_eq!(config["rootfs"]["type"], "layers");
    assert_eq!(config["rootfs"]["diff_ids"][0], image.diff_id.as_str());
    assert_eq!(config["created"], "2023-11-14T22:13:20Z");
}

#[test]
fn layer_holds_exactly_the_module_and_diff_id_is_the_uncompressed_digest() {
    let image = build_image(&spec()).expect("image builds");
    let tar = gunzip(&image.layer.bytes);
    assert_eq!(Digest::sha256(&tar), image.diff_id);
    let entries = tar_entries(&tar);
    assert_eq!(entries.len(), 1, "only the module: {entries:?}");
    let (path, mode, mtime, uid, content) = &entries[0];
    assert_eq!(path, "decoder.wasm");
    assert_eq!(*mode, 0o755);
    assert_eq!(*mtime, 1_700_000_000);
    assert_eq!(*uid, 0);
    assert_eq!(content, &module());
}

#[test]
fn uncompressed_layer_is_the_diff_id_itself() {
    let mut spec = spec();
    spec.compression = Compression::None;
    let image = build_image(&spec).expect("image builds");
    assert_eq!(image.layer.descriptor.media_type, media_types::LAYER_TAR);
    assert_eq!(image.layer.descriptor.digest, image.diff_id);
}

#[test]
fn same_input_same_bytes_other_time_other_digest() {
    let a = build_image(&spec()).expect("image builds");
    let b = build_image(&spec()).expect("image builds");
    assert_eq!(a, b);
    let mut later = spec();
    later.created_unix_s += 1;
    let c = build_image(&later).expect("image builds");
    assert_ne!(a.manifest.descriptor.digest, c.manifest.descriptor.digest);
    assert_ne!(a.diff_id, c.diff_id, "the tar mtime follows created");
}

#[test]
fn rejects_what_runtimes_or_tools_would_reject() {
    let mut not_wasm = spec();
    not_wasm.module = b"\x7fELF\x02\x01\x01\0".to_vec();
    assert!(matches!(build_image(&not_wasm), Err(Error::NotWasm { .. })));
    let mut truncated = spec();
    truncated.module = b"\0as".to_vec();
    assert!(matches!(
        build_image(&truncated),
        Err(Error::NotWasm { .. })
    ));
    for name in ["", "../x.wasm", "a/b.wasm", ".hidden.wasm", "spa ce.wasm"] {
        let mut bad = spec();
        bad.file_name = name.to_owned();
        assert!(
            matches!(build_image(&bad), Err(Error::Invalid { .. })),
            "{name:?}"
        );
    }
    let mut bad_env = spec();
    bad_env.env.push(("1X".to_owned(), "v".to_owned()));
    assert!(matches!(build_image(&bad_env), Err(Error::Invalid { .. })));
    let mut bad_os = spec();
    bad_os.os = "linux".to_owned();
    assert!(matches!(build_image(&bad_os), Err(Error::Invalid { .. })));
}

fn tagged(tags: &[&str]) -> TaggedImage {
    TaggedImage {
        image: build_image(&spec()).expect("image builds"),
        repository: "cits-wasm/decoder".to_owned(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
    }
}

#[test]
fn index_has_one_entry_per_tag_with_ref_and_containerd_names() {
    let image = tagged(&["0.1.0-wasm", "latest"]);
    let files = layout_files(std::slice::from_ref(&image), false).expect("layout");
    let index = files
        .iter()
        .find(|f| f.path == "index.json")
        .expect("index.json");
    let index = json(&index.bytes);
    assert_eq!(index["mediaType"], media_types::IMAGE_INDEX);
    let manifests = index["manifests"].as_array().expect("manifests");
    assert_eq!(manifests.len(), 2);
    for (entry, tag) in manifests.iter().zip(["0.1.0-wasm", "latest"]) {
        assert_eq!(entry["mediaType"], media_types::IMAGE_MANIFEST);
        assert_eq!(
            entry["digest"],
            image.image.manifest.descriptor.digest.as_str()
        );
        assert_eq!(entry["annotations"][annotations::REF_NAME], tag);
        assert_eq!(
            entry["annotations"][annotations::CONTAINERD_IMAGE_NAME],
            format!("docker.io/cits-wasm/decoder:{tag}")
        );
        assert!(entry.get("platform").is_none());
    }
    let oci_layout = files
        .iter()
        .find(|f| f.path == "oci-layout")
        .expect("oci-layout");
    assert_eq!(json(&oci_layout.bytes)["imageLayoutVersion"], "1.0.0");
    assert!(files.iter().all(|f| f.path != "manifest.json"));
}

#[test]
fn layout_rejects_duplicate_and_invalid_names() {
    let a = tagged(&["v1"]);
    let b = tagged(&["v1"]);
    assert!(matches!(
        layout_files(&[a, b], false),
        Err(Error::DuplicateTag(t)) if t == "v1"
    ));
    for tag in ["", "-x", "a:b", &"x".repeat(129)] {
        assert!(
            matches!(
                layout_files(&[tagged(&[tag])], false),
                Err(Error::Invalid { .. })
            ),
            "{tag:?}"
        );
    }
    assert!(matches!(
        layout_files(&[tagged(&[])], false),
        Err(Error::Invalid { .. })
    ));
    for repo in ["Cits/decoder", "cits//decoder", "cits/decoder-", ""] {
        let mut t = tagged(&["v1"]);
        t.repository = repo.to_owned();
        assert!(
            matches!(layout_files(&[t], false), Err(Error::Invalid { .. })),
            "{repo:?}"
        );
    }
    let mut host = tagged(&["v1"]);
    host.repository = "Registry.example:5000/cits/decoder".to_owned();
    assert!(layout_files(&[host], false).is_ok());
}

#[test]
fn fully_qualified_follows_docker_reference_rules() {
    assert_eq!(fully_qualified("busybox"), "docker.io/library/busybox");
    assert_eq!(
        fully_qualified("cits-wasm/decoder"),
        "docker.io/cits-wasm/decoder"
    );
    assert_eq!(fully_qualified("localhost/cits/x"), "localhost/cits/x");
    assert_eq!(fully_qualified("ghcr.io/o/x"), "ghcr.io/o/x");
    assert_eq!(fully_qualified("reg:5000/x"), "reg:5000/x");
}

#[test]
fn write_layout_stores_blobs_under_their_digest_and_replaces_an_old_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("decoder");
    let image = tagged(&["0.1.0-wasm"]);
    write_layout(&out, std::slice::from_ref(&image)).expect("first write");
    for blob in image.image.blobs() {
        let path = out.join(blob.descriptor.digest.blob_path());
        let bytes = std::fs::read(&path).expect("blob file");
        assert_eq!(Digest::sha256(&bytes), blob.descriptor.digest);
    }
    assert!(out.join("index.json").is_file());
    assert!(out.join("oci-layout").is_file());

    // A rewrite with another module leaves no blob of the first one behind.
    let mut other = spec();
    other.module.push(0);
    other.module.extend_from_slice(&[1, b'x']);
    let other = TaggedImage {
        image: build_image(&other).expect("image builds"),
        ..image.clone()
    };
    write_layout(&out, std::slice::from_ref(&other)).expect("rewrite");
    let names: Vec<_> = std::fs::read_dir(out.join("blobs/sha256"))
        .expect("blob dir")
        .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for blob in other.image.blobs() {
        assert!(names.iter().any(|n| n == blob.descriptor.digest.hex()));
    }
}

#[test]
fn write_layout_refuses_a_directory_that_is_not_a_layout() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("precious.txt"), b"keep me").expect("write");
    let err = write_layout(dir.path(), &[tagged(&["v1"])]).expect_err("must refuse");
    assert!(matches!(err, Error::NotALayout(_)));
    assert!(dir.path().join("precious.txt").is_file());
}

#[test]
fn archive_is_the_layout_plus_docker_manifest_with_fixed_metadata() {
    let image = tagged(&["0.1.0-wasm"]);
    let archive = write_archive(Vec::new(), std::slice::from_ref(&image), 42).expect("archive");
    let entries = tar_entries(&archive);
    let paths: Vec<&str> = entries.iter().map(|e| e.0.as_str()).collect();
    assert_eq!(&paths[..2], ["blobs/", "blobs/sha256/"]);
    assert!(paths.contains(&"oci-layout"));
    assert!(paths.contains(&"index.json"));
    for (_, _, mtime, uid, _) in &entries {
        assert_eq!((*mtime, *uid), (42, 0));
    }
    let content = |p: &str| {
        entries
            .iter()
            .find(|e| e.0 == p)
            .map(|e| e.4.clone())
            .unwrap_or_else(|| panic!("{p} missing from archive"))
    };
    let docker = json(&content("manifest.json"));
    let entry = &docker[0];
    assert_eq!(entry["RepoTags"][0], "cits-wasm/decoder:0.1.0-wasm");
    let config_path = entry["Config"].as_str().expect("Config path");
    assert_eq!(content(config_path), image.image.config.bytes);
    let layer_path = entry["Layers"][0].as_str().expect("layer path");
    let layer_tar = gunzip(&content(layer_path));
    assert_eq!(tar_entries(&layer_tar)[0].4, module());

    let again = write_archive(Vec::new(), std::slice::from_ref(&image), 42).expect("archive");
    assert_eq!(archive, again, "archives are reproducible");
}
