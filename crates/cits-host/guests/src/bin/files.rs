//! Files: `MODE=read` reads `FILE` and expects the content `EXPECT`;
//! `MODE=write` tries to create `FILE`; `MODE=list` lists `FILE` (a directory)
//! and expects an entry named `EXPECT`.
use cits_host_guests::{env, fail, MISMATCH};

fn main() {
    let path = env("FILE");
    match env("MODE").as_str() {
        "read" => match std::fs::read_to_string(&path) {
            Ok(s) if s == env("EXPECT") => {}
            Ok(_) => std::process::exit(MISMATCH),
            Err(e) => fail("read", e),
        },
        "write" => {
            if let Err(e) = std::fs::write(&path, b"x") {
                fail("write", e);
            }
        }
        "list" => match std::fs::read_dir(&path) {
            Ok(entries) => {
                let want = env("EXPECT");
                let names: Vec<String> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect();
                if !names.contains(&want) {
                    std::process::exit(MISMATCH);
                }
            }
            Err(e) => fail("read_dir", e),
        },
        _ => std::process::exit(cits_host_guests::BAD_ENV),
    }
}
