//! Consumer-group offsets without group membership.
//!
//! cits-wasm patch: added (not in rskafka_wasi 0.3.1). A [`GroupClient`] commits and reads
//! the committed offsets of one consumer group the way a Kafka consumer with manual
//! partition assignment does (`assign()` + `commitSync()`): generation -1 and an empty
//! member id, on the group's coordinator found with `FindCoordinator`. Standard Kafka tools
//! (`kafka-consumer-groups`, kcat, kafka-python) read the same offsets.
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::sync::Arc;

use async_trait::async_trait;
use tokio::sync::Mutex;
use tracing::{debug, info};

use crate::{
    backoff::{Backoff, BackoffConfig, ErrorOrThrottle},
    client::{Error, Result},
    connection::{
        BrokerCache, BrokerCacheGeneration, BrokerConnection, BrokerConnector, MessengerTransport,
    },
    messenger::RequestError,
    protocol::{
        error::Error as ProtocolError,
        messages::{
            FindCoordinatorRequest, OffsetCommitRequest, OffsetCommitRequestPartition,
            OffsetCommitRequestTopic, OffsetFetchRequest, OffsetFetchRequestTopic,
            COORDINATOR_KEY_TYPE_GROUP,
        },
        primitives::{Array, Int32, Int64, Int8, NullableString, String_},
    },
    throttle::maybe_throttle,
};

use super::error::RequestContext;

/// Commits and fetches the offsets of one consumer group (no membership, no rebalancing).
#[derive(Debug)]
pub struct GroupClient {
    group: String,

    brokers: Arc<BrokerConnector>,

    backoff_config: BackoffConfig,

    /// Connection to the group coordinator, if any.
    current_broker: Mutex<(Option<BrokerConnection>, BrokerCacheGeneration)>,
}

impl GroupClient {
    pub(super) fn new(group: String, brokers: Arc<BrokerConnector>) -> Self {
        Self {
            group,
            brokers,
            backoff_config: Default::default(),
            current_broker: Mutex::new((None, BrokerCacheGeneration::START)),
        }
    }

    /// The group id.
    pub fn group(&self) -> &str {
        &self.group
    }

    /// Commits `offsets` (partition, next offset to read) of `topic` for the group.
    pub async fn commit_offsets(&self, topic: &str, offsets: &[(i32, i64)]) -> Result<()> {
        let request = &OffsetCommitRequest {
            group_id: String_(self.group.clone()),
            generation_id: Int32(-1),
            member_id: String_(String::new()),
            group_instance_id: NullableString(None),
            retention_time_ms: Int64(-1),
            topics: vec![OffsetCommitRequestTopic {
                name: String_(topic.to_owned()),
                partitions: offsets
                    .iter()
                    .map(|&(partition, offset)| OffsetCommitRequestPartition {
                        partition_index: Int32(partition),
                        committed_offset: Int64(offset),
                        committed_leader_epoch: Int32(-1),
                        committed_metadata: NullableString(None),
                    })
                    .collect(),
            }],
        };
        maybe_retry(&self.backoff_config, self, "offset_commit", || async move {
            let (broker, gen) = self
                .get()
                .await
                .map_err(|e| ErrorOrThrottle::Error((e, None)))?;
            let response = broker
                .request(request)
                .await
                .map_err(|e| ErrorOrThrottle::Error((e.into(), Some(gen))))?;
            maybe_throttle(response.throttle_time_ms)?;
            for t in response.topics {
                for p in t.partitions {
                    if let Some(protocol_error) = p.error {
                        return Err(ErrorOrThrottle::Error((
                            server_error(protocol_error, &t.name.0, p.partition_index.0),
                            Some(gen),
                        )));
                    }
                }
            }
            Ok(())
        })
        .await
    }

    /// The committed offsets of `partitions` of `topic`; partitions without a committed
    /// offset are absent from the map.
    pub async fn fetch_offsets(
        &self,
        topic: &str,
        partitions: &[i32],
    ) -> Result<BTreeMap<i32, i64>> {
        let request = &OffsetFetchRequest {
            group_id: String_(self.group.clone()),
            topics: Some(vec![OffsetFetchRequestTopic {
                name: String_(topic.to_owned()),
                partition_indexes: Array(Some(partitions.iter().map(|&p| Int32(p)).collect())),
            }]),
        };
        maybe_retry(&self.backoff_config, self, "offset_fetch", || async move {
            let (broker, gen) = self
                .get()
                .await
                .map_err(|e| ErrorOrThrottle::Error((e, None)))?;
            let response = broker
                .request(request)
                .await
                .map_err(|e| ErrorOrThrottle::Error((e.into(), Some(gen))))?;
            maybe_throttle(response.throttle_time_ms)?;
            if let Some(protocol_error) = response.error {
                return Err(ErrorOrThrottle::Error((
                    Error::ServerError {
                        protocol_error,
                        error_message: None,
                        request: RequestContext::Topic(topic.to_owned()),
                        response: None,
                        is_virtual: false,
                    },
                    Some(gen),
                )));
            }
            let mut offsets = BTreeMap::new();
            for t in response.topics.into_iter().filter(|t| t.name.0 == topic) {
                for p in t.partitions {
                    if let Some(protocol_error) = p.error {
                        return Err(ErrorOrThrottle::Error((
                            server_error(protocol_error, topic, p.partition_index.0),
                            Some(gen),
                        )));
                    }
                    // -1: nothing committed for this partition.
                    if p.committed_offset.0 >= 0 {
                        offsets.insert(p.partition_index.0, p.committed_offset.0);
                    }
                }
            }
            Ok(offsets)
        })
        .await
    }

    /// Asks an arbitrary broker for the group's coordinator.
    async fn coordinator_id(&self) -> Result<i32> {
        let request = &FindCoordinatorRequest {
            key: String_(self.group.clone()),
            key_type: Int8(COORDINATOR_KEY_TYPE_GROUP),
        };
        let (broker, gen) = (&*self.brokers).get().await?;
        // The connector's cached connection may be dead (the broker or the network dropped
        // it): forget it, so the retry connects anew instead of failing on it forever
        // (found by the network-fault chaos test: no offset commit succeeded again).
        let response = match broker.request(request).await {
            Ok(response) => response,
            Err(e) => {
                (&*self.brokers)
                    .invalidate("group client: find coordinator failed", gen)
                    .await;
                return Err(e.into());
            }
        };
        match response.error {
            None => Ok(response.node_id.0),
            Some(protocol_error) => Err(Error::ServerError {
                protocol_error,
                error_message: response.error_message.and_then(|s| s.0),
                request: RequestContext::Topic(self.group.clone()),
                response: None,
                is_virtual: false,
            }),
        }
    }
}

fn server_error(protocol_error: ProtocolError, topic: &str, partition: i32) -> Error {
    Error::ServerError {
        protocol_error,
        error_message: None,
        request: RequestContext::Partition(topic.to_owned(), partition),
        response: None,
        is_virtual: false,
    }
}

/// Caches the connection to the group coordinator.
#[async_trait]
impl BrokerCache for &GroupClient {
    type R = MessengerTransport;
    type E = Error;

    async fn get(&self) -> Result<(Arc<Self::R>, BrokerCacheGeneration)> {
        let mut current_broker = self.current_broker.lock().await;
        if let Some(broker) = &current_broker.0 {
            return Ok((Arc::clone(broker), current_broker.1));
        }
        info!(group = %self.group, "Creating new group coordinator connection");
        let coordinator = self.coordinator_id().await?;
        let broker = match self.brokers.connect(coordinator).await? {
            Some(broker) => broker,
            None => {
                // The coordinator may be a broker our cached topology does not know yet.
                self.brokers.refresh_metadata().await?;
                self.brokers.connect(coordinator).await?.ok_or_else(|| {
                    Error::InvalidResponse(format!(
                        "Coordinator {coordinator} not found in metadata response"
                    ))
                })?
            }
        };
        current_broker.0 = Some(Arc::clone(&broker));
        current_broker.1.bump();
        Ok((broker, current_broker.1))
    }

    async fn invalidate(&self, reason: &'static str, gen: BrokerCacheGeneration) {
        let mut guard = self.current_broker.lock().await;
        if guard.1 != gen {
            debug!(
                reason,
                "stale invalidation request for group coordinator cache"
            );
            return;
        }
        info!(reason, "Invalidating cached group coordinator");
        guard.0.take();
    }
}

/// Retries broken connections and coordinator moves; other errors are returned.
async fn maybe_retry<B, R, F, T>(
    backoff_config: &BackoffConfig,
    broker_cache: B,
    request_name: &str,
    f: R,
) -> Result<T>
where
    B: BrokerCache,
    R: (Fn() -> F) + Send + Sync,
    F: std::future::Future<
            Output = Result<T, ErrorOrThrottle<(Error, Option<BrokerCacheGeneration>)>>,
        > + Send,
{
    let mut backoff = Backoff::new(backoff_config);
    backoff
        .retry_with_backoff(request_name, || async {
            let (error, cache_gen) = match f().await {
                Ok(v) => return ControlFlow::Break(Ok(v)),
                Err(ErrorOrThrottle::Throttle(t)) => {
                    return ControlFlow::Continue(ErrorOrThrottle::Throttle(t));
                }
                Err(ErrorOrThrottle::Error(e)) => e,
            };
            match error {
                Error::Request(RequestError::Poisoned(_) | RequestError::IO(_))
                | Error::Connection(_)
                | Error::ServerError {
                    protocol_error:
                        ProtocolError::NotCoordinator
                        | ProtocolError::CoordinatorNotAvailable
                        | ProtocolError::CoordinatorLoadInProgress,
                    ..
                } => {
                    if let Some(cache_gen) = cache_gen {
                        broker_cache
                            .invalidate("group client: coordinator unavailable", cache_gen)
                            .await
                    }
                }
                _ => return ControlFlow::Break(Err(error)),
            }
            ControlFlow::Continue(ErrorOrThrottle::Error(error))
        })
        .await
        .map_err(Error::RetryFailed)?
}
