/// A small, valid problem file for tests that need to break one thing at a time.
public enum ProblemFixture {
  public static let yaml = """
    id: tiny
    title: Tiny counter
    category: infrastructure
    tags: [counting]
    summary: A counter service small enough for tests.
    emphasis: {requirements: 1, capacity: 2, architecture: 2, deep-dive: 3, trade-offs: 1}
    requirements:
      prompt: Design a counter.
      scope:
        - {id: count, text: Count events.}
      out_of_scope:
        - {id: billing, text: Billing.}
      clarifying_questions:
        - {id: q-scale, text: How many events?, answer: A million a day.}
      functional:
        - {id: inc, text: Increment a counter.}
      non_functional:
        - {id: nfr-latency, text: Fast reads., target: "p99 < 10 ms"}
    capacity:
      assumptions:
        - {id: daily-events, label: Events per day, value: 100M, unit: per_day}
        - {id: peak-factor, label: Peak over average, value: 3, unit: ratio}
        - {id: event-size, label: Bytes per event, value: 100 B, unit: bytes}
      results:
        - id: write-qps
          label: Average writes per second
          quantity: write_qps_avg
          formula: daily-events / seconds_per_day
          unit: per_second
          stated: 1157
        - id: peak-qps
          label: Peak writes per second
          quantity: write_qps_peak
          formula: write-qps * peak-factor
          unit: per_second
          stated: 3.47k
        - id: yearly-bytes
          label: Storage per year
          quantity: storage
          formula: daily-events * event-size * days_per_year
          unit: bytes
          stated: 3.65 TB
    architecture:
      api:
        - id: api-inc
          text: Increment.
          method: POST
          path: /v1/counters/{id}
          request: "{by: 1}"
          response: "{value}"
          status: 200 ok
      components:
        - {id: api-tier, text: Stateless API servers.}
      data_flow:
        - {id: w1, text: Client posts an increment., path: write}
        - {id: r1, text: Client reads the value., path: read}
      diagram: |
        client -> api -> store
      data_model:
        - id: counters
          text: counters table
          keys: id
          indexes: []
          partition_key: id
          why: Point lookups by id.
    deep-dive:
      deep_dives:
        - id: dd-hot
          text: A hot counter.
          options:
            - {name: Sharded counter, pros: Spreads writes., cons: Reads sum shards.}
            - {name: Single row, pros: Simple., cons: One hot row.}
          choice: Sharded counter
          why: Writes dominate.
          deciding_numbers: 3.5k writes/s at peak on one key.
      failure_modes:
        - {id: fm-store, text: Store down., detection: Error rate alarm., mitigation: Buffer in a queue.}
    trade-offs:
      trade_offs:
        - id: to-eventual
          text: Eventual reads.
          choice: Read a cached sum.
          alternative: Sum shards on every read.
          cost: Reads lag by a second.
          why_acceptable: Counts are advisory.
      extensions:
        - {id: ext-ttl, text: Expiring counters.}
      senior_vs_staff:
        - {id: svs-1, text: A staff answer sizes the shards from the peak.}
    probes:
      - id: p-hot
        phase: deep-dive
        at_minute: 5
        kind: curveball
        text: One counter gets all the traffic. Now what?
        strong_answer: Shard it and sum on read.
    cards:
      - {id: c1, front: Average QPS of 100M a day?, back: About 1.16k per second.}
      - {id: c2, cloze: "A day has {{c1::86,400}} seconds."}

    """
}
