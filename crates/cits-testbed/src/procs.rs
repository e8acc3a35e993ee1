//! Processes of the pipeline under test: finding them, their peak memory,
//! pinning them to CPU cores (Linux `/proc` and `sched_setaffinity`).

use std::path::Path;

use crate::error::{Error, Result};

/// A process found under `/proc`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessInfo {
    /// Process id.
    pub pid: u32,
    /// Its command line, arguments joined by spaces.
    pub cmdline: String,
}

/// Direct children of `parent`, by scanning `/proc/*/stat`.
pub fn children(parent: u32) -> Vec<ProcessInfo> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut out: Vec<ProcessInfo> = dir
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| parent_of(*pid) == Some(parent))
        .map(|pid| ProcessInfo {
            pid,
            cmdline: cmdline(pid),
        })
        .collect();
    out.sort_by_key(|p| p.pid);
    out
}

/// The parent pid from `/proc/PID/stat` (field 4; the command name in field 2
/// may contain spaces and parentheses, so parse after the last ')').
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_ppid(&stat)
}

fn parse_ppid(stat: &str) -> Option<u32> {
    let after = stat.get(stat.rfind(')')? + 1..)?;
    after.split_whitespace().nth(1)?.parse().ok()
}

fn cmdline(pid: u32) -> String {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .map(|b| {
            b.split(|c| *c == 0)
                .filter(|a| !a.is_empty())
                .map(|a| String::from_utf8_lossy(a).into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// An environment variable of a running process (`/proc/PID/environ`).
pub fn env_of(pid: u32, name: &str) -> Option<String> {
    assignment_in(&format!("/proc/{pid}/environ"), name)
}

/// A stage variable of a process: from its environment (native stage binaries) or from a
/// `NAME=VALUE` argument (`cits run --env NAME=VALUE`: the Wasm host keeps the module's
/// variables out of its own environment).
pub fn stage_var_of(pid: u32, name: &str) -> Option<String> {
    env_of(pid, name).or_else(|| assignment_in(&format!("/proc/{pid}/cmdline"), name))
}

/// The value of the first `NAME=VALUE` entry in a NUL-separated `/proc` list.
fn assignment_in(path: &str, name: &str) -> Option<String> {
    let list = std::fs::read(path).ok()?;
    let prefix = format!("{name}=");
    list.split(|c| *c == 0).find_map(|entry| {
        entry
            .strip_prefix(prefix.as_bytes())
            .map(|v| String::from_utf8_lossy(v).into_owned())
    })
}

/// Peak resident set size (`VmHWM`) of a process, KiB.
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    parse_status_kib(&status, "VmHWM:")
}

fn parse_status_kib(status: &str, field: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
}

/// Pins every thread of `pid` to the given CPU cores (threads it starts later
/// inherit the mask).
pub fn pin(pid: u32, cores: &[usize]) -> Result<()> {
    let tasks = Path::new("/proc").join(pid.to_string()).join("task");
    let dir = std::fs::read_dir(&tasks).map_err(|e| Error::io("list threads", &tasks, e))?;
    for tid in dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok()) {
        set_affinity(tid, cores)?;
    }
    Ok(())
}

/// Pins one thread (or the calling thread with tid 0).
fn set_affinity(tid: i32, cores: &[usize]) -> Result<()> {
    // SAFETY: cpu_set_t is a plain bit array; zeroed is the empty set, CPU_SET
    // only writes inside it (cores are checked against CPU_SETSIZE), and
    // sched_setaffinity reads exactly size_of::<cpu_set_t>() bytes.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for &core in cores {
            if core >= libc::CPU_SETSIZE as usize {
                return Err(Error::Pipeline(format!(
                    "core {core} is beyond CPU_SETSIZE"
                )));
            }
            libc::CPU_SET(core, &mut set);
        }
        if libc::sched_setaffinity(tid, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
            let err = std::io::Error::last_os_error();
            // A thread that exited between listing and pinning is fine.
            if err.raw_os_error() == Some(libc::ESRCH) {
                return Ok(());
            }
            return Err(Error::io(
                "sched_setaffinity",
                format!("/proc/*/task/{tid}"),
                err,
            ));
        }
    }
    Ok(())
}

/// Cores the current process may run on.
pub fn allowed_cores() -> Vec<usize> {
    // SAFETY: as in `set_affinity`; sched_getaffinity fills the zeroed set.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return Vec::new();
        }
        (0..libc::CPU_SETSIZE as usize)
            .filter(|c| libc::CPU_ISSET(*c, &set))
            .collect()
    }
}

/// Cores the current thread may run on (for tests of [`pin`]).
pub fn cores_of(pid: u32) -> Vec<usize> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
                .map(|v| parse_cpu_list(v.trim()))
        })
        .unwrap_or_default()
}

/// Parses a Linux CPU list like "0-2,5".
pub fn parse_cpu_list(list: &str) -> Vec<usize> {
    let mut cores = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) {
                    cores.extend(a..=b);
                }
            }
            None => cores.extend(part.parse::<usize>().ok()),
        }
    }
    cores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_variables_come_from_the_environment_or_run_arguments() {
        // Like `cits run --env CITS_INPUT_TOPIC=… module.wasm` (argument) and a native
        // stage binary (environment).
        let mut wasm_like = std::process::Command::new("sh")
            // Two commands: a shell would `exec` a lone `sleep`, replacing its arguments.
            .args(["-c", "sleep 5; true", "--env", "CITS_INPUT_TOPIC=cits.cpm"])
            .spawn()
            .expect("sh runs");
        let mut native_like = std::process::Command::new("sleep")
            .arg("5")
            .env("CITS_INPUT_TOPIC", "cits.raw")
            .spawn()
            .expect("sleep runs");
        // `spawn` may return before the child's new image is visible under /proc.
        wait_for_exec(wasm_like.id(), "sh");
        wait_for_exec(native_like.id(), "sleep");
        let from_args = stage_var_of(wasm_like.id(), "CITS_INPUT_TOPIC");
        let from_env = stage_var_of(native_like.id(), "CITS_INPUT_TOPIC");
        let absent = stage_var_of(native_like.id(), "CITS_NO_SUCH_VARIABLE");
        let _ = wasm_like.kill();
        let _ = native_like.kill();
        let _ = wasm_like.wait();
        let _ = native_like.wait();
        assert_eq!(from_args.as_deref(), Some("cits.cpm"));
        assert_eq!(from_env.as_deref(), Some("cits.raw"));
        assert_eq!(absent, None);
    }

    /// Waits until `/proc/PID/cmdline` shows `program` as argument 0 (the exec has landed).
    fn wait_for_exec(pid: u32, program: &str) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let line = cmdline(pid);
            let argv0 = line.split(' ').next().unwrap_or_default();
            if Path::new(argv0).file_name().and_then(|n| n.to_str()) == Some(program) {
                return;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "pid {pid} did not exec {program} within 5 s (cmdline {line:?})"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn parses_stat_with_odd_command_names() {
        assert_eq!(parse_ppid("123 (cits) S 45 123 123 0"), Some(45));
        assert_eq!(parse_ppid("123 (a) b) c) R 7 1"), Some(7));
        assert_eq!(parse_ppid("garbage"), None);
    }

    #[test]
    fn parses_status_and_cpu_lists() {
        let status = "Name:\tx\nVmPeak:\t  2000 kB\nVmHWM:\t    1234 kB\n";
        assert_eq!(parse_status_kib(status, "VmHWM:"), Some(1234));
        assert_eq!(parse_status_kib(status, "VmRSS:"), None);
        assert_eq!(parse_cpu_list("0-2,5"), vec![0, 1, 2, 5]);
        assert_eq!(parse_cpu_list("1"), vec![1]);
        assert_eq!(parse_cpu_list(""), Vec::<usize>::new());
    }

    #[test]
    fn finds_pins_and_measures_a_child() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .env("CITS_TEST_MARK", "yes")
            .spawn()
            .unwrap();
        let pid = child.id();
        // The child may take a moment to exec; /proc shows it right after fork.
        let kids = children(std::process::id());
        assert!(kids.iter().any(|k| k.pid == pid), "{kids:?}");
        let core = *allowed_cores().first().unwrap();
        pin(pid, &[core]).unwrap();
        assert_eq!(cores_of(pid), vec![core]);
        assert!(peak_rss_kib(pid).unwrap() > 0);
        wait_for_exec(pid, "sleep");
        let mark = env_of(pid, "CITS_TEST_MARK");
        assert_eq!(mark.as_deref(), Some("yes"));
        child.kill().unwrap();
        child.wait().unwrap();
    }
}
