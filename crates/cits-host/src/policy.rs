//! Capability grants: which addresses a module may connect to, which directories it may read.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::str::FromStr;

use crate::error::Error;

/// One `--allow-net HOST:PORT` (or `HOST:*`) grant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetGrant {
    /// A host name or a literal IP address (IPv6 written as `[::1]`).
    pub host: String,
    /// The port, or `None` for `HOST:*`.
    pub port: Option<u16>,
}

impl FromStr for NetGrant {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = |reason: &str| Error::InvalidGrant {
            grant: s.to_owned(),
            reason: reason.to_owned(),
        };
        let (host, port) = s
            .rsplit_once(':')
            .ok_or_else(|| invalid("expected HOST:PORT or HOST:*"))?;
        let host = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .unwrap_or(host);
        if host.is_empty() {
            return Err(invalid("empty host"));
        }
        let port = match port {
            "*" => None,
            p => Some(
                p.parse::<u16>()
                    .map_err(|_| invalid("port is not a number in 0..=65535 or *"))?,
            ),
        };
        Ok(NetGrant {
            host: host.to_ascii_lowercase(),
            port,
        })
    }
}

impl std::fmt::Display for NetGrant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        match self.port {
            Some(p) => write!(f, "{host}:{p}"),
            None => write!(f, "{host}:*"),
        }
    }
}

impl NetGrant {
    /// The IP addresses this grant's host stands for (resolved now, through the host's resolver).
    fn addresses(&self) -> Vec<IpAddr> {
        if let Ok(ip) = self.host.parse::<IpAddr>() {
            return vec![ip];
        }
        match (self.host.as_str(), 0u16).to_socket_addrs() {
            Ok(addrs) => addrs.map(|a| a.ip()).collect(),
            Err(err) => {
                log::warn!(
                    "cits-host: cannot resolve granted host {}: {err}",
                    self.host
                );
                Vec::new()
            }
        }
    }

    fn port_matches(&self, port: u16) -> bool {
        self.port.is_none_or(|p| p == port)
    }
}

/// One `--dir HOST_DIR:GUEST_DIR` grant (read-only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirGrant {
    /// Directory on the host.
    pub host: PathBuf,
    /// Path under which the guest sees it (e.g. `/graph`).
    pub guest: String,
}

impl FromStr for DirGrant {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let (host, guest) = match s.split_once(':') {
            Some((h, g)) => (h, g),
            // `--dir DIR` alone: the guest sees it under the same path, like wasmedge.
            None => (s, s),
        };
        if host.is_empty() || guest.is_empty() {
            return Err(Error::InvalidGrant {
                grant: s.to_owned(),
                reason: "expected HOST_DIR:GUEST_DIR".to_owned(),
            });
        }
        Ok(DirGrant {
            host: PathBuf::from(host),
            guest: guest.to_owned(),
        })
    }
}

/// The network policy of one run.
#[derive(Debug, Default)]
pub(crate) struct NetPolicy {
    grants: Vec<NetGrant>,
}

impl NetPolicy {
    pub(crate) fn new(grants: Vec<NetGrant>) -> Self {
        NetPolicy { grants }
    }

    /// Whether a connection to `addr` is granted. Named grants are resolved at
    /// connect time so a broker whose address changes keeps working.
    pub(crate) fn allows(&self, addr: SocketAddr) -> bool {
        let ip = canonical_ip(addr.ip());
        self.grants
            .iter()
            .filter(|g| g.port_matches(addr.port()))
            .any(|g| g.addresses().into_iter().any(|a| canonical_ip(a) == ip))
    }

    /// Whether the guest may resolve `name`: only names that appear in a grant.
    pub(crate) fn may_resolve(&self, name: &str) -> bool {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        self.grants.iter().any(|g| g.host == name)
    }
}

/// IPv4-mapped IPv6 addresses compare equal to their IPv4 form.
fn canonical_ip(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_grants() {
        let g: NetGrant = "Localhost:9092".parse().unwrap();
        assert_eq!(
            g,
            NetGrant {
                host: "localhost".into(),
                port: Some(9092)
            }
        );
        let g: NetGrant = "10.0.0.1:*".parse().unwrap();
        assert_eq!(g.port, None);
        let g: NetGrant = "[::1]:80".parse().unwrap();
        assert_eq!(g.host, "::1");
        assert_eq!(g.to_string(), "[::1]:80");
        assert!("nohost".parse::<NetGrant>().is_err());
        assert!("h:99999".parse::<NetGrant>().is_err());
        assert!(":80".parse::<NetGrant>().is_err());
    }

    #[test]
    fn policy_matches_ip_and_port() {
        let p = NetPolicy::new(vec![
            "127.0.0.1:9092".parse().unwrap(),
            "10.1.2.3:*".parse().unwrap(),
        ]);
        assert!(p.allows("127.0.0.1:9092".parse().unwrap()));
        assert!(!p.allows("127.0.0.1:9093".parse().unwrap()));
        assert!(p.allows("10.1.2.3:1".parse().unwrap()));
        assert!(p.allows("[::ffff:10.1.2.3]:1".parse().unwrap()));
        assert!(!p.allows("10.1.2.4:1".parse().unwrap()));
        assert!(!p.may_resolve("example.com"));
    }

    #[test]
    fn named_grants_resolve() {
        let p = NetPolicy::new(vec!["localhost:7".parse().unwrap()]);
        assert!(p.may_resolve("LOCALHOST."));
        assert!(p.allows("127.0.0.1:7".parse().unwrap()));
        assert!(!p.allows("127.0.0.1:8".parse().unwrap()));
    }

    #[test]
    fn parses_dirs() {
        let d: DirGrant = "/srv/graph:/graph".parse().unwrap();
        assert_eq!(d.host, PathBuf::from("/srv/graph"));
        assert_eq!(d.guest, "/graph");
        let d: DirGrant = "data".parse().unwrap();
        assert_eq!(d.guest, "data");
    }
}
